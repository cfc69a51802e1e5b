package dev.coinengine.store.decisions;

import dev.coinengine.store.object.ObjectInfo;
import dev.coinengine.store.object.ObjectStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads back what a {@link DecisionLog} wrote: every JSON line under a prefix, in key order. */
public final class DecisionLogReader {
  private final ObjectStore store;

  public DecisionLogReader(ObjectStore store) {
    this.store = store;
  }

  /** Every decision line under {@code prefix} (e.g. {@code decisions/date=2026-11-25/}). */
  public List<String> lines(String prefix) {
    List<String> out = new ArrayList<>();
    for (ObjectInfo info : store.list(prefix)) {
      if (!info.key().endsWith(".jsonl.gz")) {
        continue;
      }
      byte[] gz = store.get(info.key()).orElse(new byte[0]);
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
          if (!line.isEmpty()) {
            out.add(line);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read decision part " + info.key(), e);
      }
    }
    return out;
  }
}
