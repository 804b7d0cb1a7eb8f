#!/bin/bash
# Prints the peak disk use of a rebuild's index root against the final generation size (the free-space factor).
CLI="dotnet run --project src/SearchPortal.Indexer --"
# usage: tools/measure-rebuild-space.sh INDEX_DIR --source PATH...
root=$1; shift
$CLI rebuild --index "$root" "$@" >/dev/null 2>&1 &
pid=$!
peak=0
while kill -0 $pid 2>/dev/null; do
  s=$(du -sb "$root/generations" 2>/dev/null | cut -f1); s=${s:-0}
  [ "$s" -gt "$peak" ] && peak=$s
  sleep 0.1
done
final=$(du -sb "$root/generations/$(cat $root/CURRENT)" | cut -f1)
echo "peak=$peak final_generation=$final"
