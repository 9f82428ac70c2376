"""The parts of the grading workspace: submission preview, rubric panel, feedback form, conflict banner."""
