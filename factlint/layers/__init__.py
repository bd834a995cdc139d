"""Analysis layers: shared, lazily computed views of a document (see Document.layer)."""
