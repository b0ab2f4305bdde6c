"""unmask.report"""
