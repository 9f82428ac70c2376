"""Qt widgets, item models, dialogs and screens. Nothing else imports this package."""
