"""millpond.tui"""
