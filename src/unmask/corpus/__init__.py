"""unmask.corpus"""
