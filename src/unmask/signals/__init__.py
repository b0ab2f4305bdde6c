"""unmask.signals"""
