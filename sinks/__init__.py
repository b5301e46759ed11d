"""millpond.sinks"""
