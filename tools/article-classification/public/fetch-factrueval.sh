#!/usr/bin/env bash
# dialogue-evaluation/factRuEval-2016 (Russian news, MIT licence), its test set.
exec bash "$(dirname "${BASH_SOURCE[0]}")/fetch-pinned.sh" dialogue-evaluation/factRuEval-2016 \
  dfe96237fce79fde13b2021d1938587e4ea3042e factrueval testset LICENSE
