"""Shared analysis layers, computed lazily per document (see ``LAYERS`` in factlint.document)."""
