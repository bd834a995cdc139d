"""Shared analysis layers: each module computes one layer of a Document, on first use."""
