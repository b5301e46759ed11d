"""Dashboard screens, one module each."""
