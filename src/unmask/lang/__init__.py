"""unmask.lang"""
