# Generated from openapi/thred.yaml by tools/codegen.py (templates: openapi/templates/); never edit.
"""Contains endpoint functions for accessing the API"""
