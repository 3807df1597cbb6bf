#!/usr/bin/env bash
# Runs one benchmark harness and prints its figures: bench/run.sh sink|enrich|split|latency|dedup-eval|dedup-replay|dedup|chaos|pipeline|scale-out|explore [args…]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
name="${1:?usage: bench/run.sh sink|enrich|split|latency|dedup-eval|dedup-replay|dedup|chaos|pipeline|scale-out|explore [args…]}"; shift
(cd "$root" && ./mvnw -B -q -DskipTests install -pl bench -am >&2)
opts=""
case "$name" in
  sink) main=io.newspipe.bench.SinkWriteBench ;;
  enrich) main=io.newspipe.bench.EnrichBench ;;
  split) main=io.newspipe.bench.SplitBench ;;
  # The latency harness runs the pipeline in its own JVM: start that as ./pipeline starts one, with the serial collector.
  latency) main=io.newspipe.bench.InboxLatencyBench; opts="-XX:+UseSerialGC" ;;
  dedup-eval) main=io.newspipe.bench.DedupEval ;;
  dedup) main=io.newspipe.bench.DedupBench ;;
  dedup-replay) main=io.newspipe.bench.DedupReplayEval ;;
  explore) main=io.newspipe.bench.ExploreBench ;;
  pipeline) main=io.newspipe.bench.chaos.PipelineBench ;;
  scale-out) main=io.newspipe.bench.chaos.ScaleOutBench ;;
  chaos) main=io.newspipe.bench.chaos.ChaosSuite ;;
  *) echo "unknown benchmark: $name" >&2; exit 2 ;;
esac
exec java -Xmx2g ${opts:-} -Dfile.encoding=UTF-8 -cp "$root/bench/target/bench-0.1.0-SNAPSHOT.jar:$root/bench/target/lib/*" "$main" "$@"
