"""unmask.guide"""
