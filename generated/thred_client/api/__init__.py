# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
"""Contains methods for accessing the API"""
