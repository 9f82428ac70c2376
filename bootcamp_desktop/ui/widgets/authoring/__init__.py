"""The parts of the course authoring screen: course and module forms, the lesson editor, the quiz editor."""
