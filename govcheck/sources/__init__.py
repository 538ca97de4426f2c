"""Metadata stated outside a document's text: sidecars, Markdown front matter, ``register.csv``.

Precedence, highest first: sidecar > register > extracted (the document's text and its own
properties, Markdown front matter included). Each value keeps the source it came from, so a
finding can cite the sidecar key or the register row (SPEC §3).
"""

from govcheck.sources.formatnote import format_note
from govcheck.sources.merge import Layer, apply_layers, metadata_sources
from govcheck.sources.register import REGISTER_FILE, Register, load_register, metadata_document
from govcheck.sources.sidecar import SUFFIX, check_orphans, front_matter_layer, load_sidecar, sidecar_for

__all__ = [
    "Layer", "REGISTER_FILE", "Register", "SUFFIX", "apply_layers", "check_orphans", "format_note",
    "front_matter_layer", "load_register", "load_sidecar", "metadata_document", "metadata_sources", "sidecar_for",
]
