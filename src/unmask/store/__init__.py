"""unmask.store"""
