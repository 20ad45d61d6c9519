#!/usr/bin/env bash
# Fetch the Java tools some tests run (from Maven Central, once; cached):
#   jena    Apache Jena ARQ/RIOT      — saved queries and JSON-LD on another SPARQL engine
#   owlapi  OWL API + HermiT          — OWL 2 DL profile and consistency of the ontology
#   gephi   Gephi toolkit             — GraphML/GEXF exports read as Gephi reads them
#   fuseki  Apache Jena Fuseki        — a SPARQL server as the store, beside the Oxigraph server
#
#   bash scripts/jvm/fetch.sh            # all of them
#   bash scripts/jvm/fetch.sh jena       # one
#
# Jars go to $GOVKG_JVM_HOME/<tool>/lib (default ~/.cache/govkg-jvm); a tool
# already fetched for the same pom is left alone. Needs Java 17+ and Maven.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HOME_DIR="${GOVKG_JVM_HOME:-$HOME/.cache/govkg-jvm}"
command -v mvn >/dev/null || { echo "scripts/jvm/fetch.sh: mvn not found" >&2; exit 1; }
tools=("$@")
[ ${#tools[@]} -gt 0 ] || tools=(jena owlapi gephi fuseki)
for tool in "${tools[@]}"; do
    pom="$HERE/$tool.xml"
    [ -f "$pom" ] || { echo "scripts/jvm/fetch.sh: no tool '$tool' (jena, owlapi, gephi, fuseki)" >&2; exit 2; }
    lib="$HOME_DIR/$tool/lib"
    stamp="$HOME_DIR/$tool/pom.sha256"
    sum="$(sha256sum "$pom" | cut -d' ' -f1)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ] && ls "$lib"/*.jar >/dev/null 2>&1; then
        continue
    fi
    echo "scripts/jvm/fetch.sh: fetching $tool from Maven Central into $lib" >&2
    rm -rf "$lib.tmp" && mkdir -p "$lib.tmp"
    mvn -q -B -Dstyle.color=never -f "$pom" dependency:copy-dependencies -DoutputDirectory="$lib.tmp" -DincludeScope=runtime >&2
    rm -rf "$lib" && mv "$lib.tmp" "$lib"
    echo "$sum" > "$stamp"
done
