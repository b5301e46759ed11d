"""millpond.pipeline"""
