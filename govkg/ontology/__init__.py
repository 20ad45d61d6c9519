"""The govkg ontology (govkg.ttl), its SHACL shapes (shapes.ttl) and IRI rules."""
from importlib.resources import files

ONTOLOGY_FILE = files(__name__) / "govkg.ttl"
SHAPES_FILE = files(__name__) / "shapes.ttl"
