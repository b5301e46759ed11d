"""millpond.ingest"""
