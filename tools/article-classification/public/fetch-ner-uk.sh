#!/usr/bin/env bash
# lang-uk/ner-uk v2.0 (Ukrainian news and fiction, brat annotations). Data licence CC BY-NC-SA 4.0: cached, never committed.
exec bash "$(dirname "${BASH_SOURCE[0]}")/fetch-pinned.sh" lang-uk/ner-uk 7772b45807453854883a8e6d23e4d145014a1a42 ner-uk \
  v2.0/data/dev-test-split.txt v2.0/data/ng v2.0/data/bruk README_en.md
