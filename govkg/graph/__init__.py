"""The canonical RDF graph: the embedded store, and projections of it."""
