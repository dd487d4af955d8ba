from ._batch import ParseFailure as ParseFailure, parse_many as parse_many
from ._core import __version__ as __version__, icu_version as icu_version
from ._document import (Block as Block, Document as Document, Entity as Entity,
                        Error as Error, Region as Region, parse as parse,
                        parse_file as parse_file)
from ._frames import to_frame as to_frame
from ._tagger import Tagger as Tagger

__all__ = ["parse", "parse_file", "parse_many", "to_frame", "Document", "Block", "Entity",
           "Region", "Tagger", "ParseFailure", "Error", "__version__", "icu_version"]
