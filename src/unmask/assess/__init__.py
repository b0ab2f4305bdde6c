"""unmask.assess"""
