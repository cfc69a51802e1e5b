package dev.coinengine.store.decisions;

import dev.coinengine.store.object.ObjectStore;
import dev.coinengine.store.object.ObjectStoreException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes decisions asynchronously: callers enqueue, one background thread writes batches as gzipped
 * JSON Lines to {@code <prefix>date=YYYY-MM-DD/part-<millis>-<writer>-<seq>.jsonl.gz} and appends
 * the same lines to {@code <localFolder>/decisions-YYYY-MM-DD.jsonl}.
 *
 * <p>Nothing accepted is lost while the process lives: a failed write is retried with back-off and
 * the batch stays in hand, so a store outage fills the queue, and a full queue makes callers wait
 * (back-pressure) up to the offer timeout before a decision is dropped and counted. {@link #close}
 * writes everything accepted before it returns.
 */
public final class DecisionLog implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DecisionLog.class);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

  private final ObjectStore store;
  private final DecisionLogSettings settings;
  private final Clock clock;
  private final String writerId;
  private final BlockingQueue<LoggedDecision> queue;
  private final Thread writer;
  private final Object progress = new Object();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong failedWrites = new AtomicLong();
  private final AtomicLong parts = new AtomicLong();
  private volatile boolean closing;
  private volatile boolean flushRequested;

  /**
   * @param writerId distinguishes the parts of concurrent writers (processes) in one store: use a
   *     host or instance name plus a random suffix
   */
  public DecisionLog(
      ObjectStore store, DecisionLogSettings settings, Clock clock, String writerId) {
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (writerId == null || !writerId.matches("[A-Za-z0-9_.-]{1,64}")) {
      throw new IllegalArgumentException(
          "writerId must be 1-64 letters, digits, '.', '_' or '-', was " + writerId);
    }
    this.writerId = writerId;
    this.queue = new ArrayBlockingQueue<>(settings.capacity());
    settings
        .localFolder()
        .ifPresent(
            folder -> {
              try {
                Files.createDirectories(folder);
              } catch (IOException e) {
                throw new UncheckedIOException(
                    "cannot create the decision log folder " + folder, e);
              }
            });
    this.writer = new Thread(this::run, "decision-log-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /**
   * Enqueues a decision, waiting for room up to the offer timeout when the queue is full.
   *
   * @return false if the decision was dropped (queue full past the timeout, or log closed)
   */
  public boolean append(LoggedDecision decision) {
    Objects.requireNonNull(decision, "decision");
    if (closing) {
      dropped.incrementAndGet();
      return false;
    }
    try {
      if (queue.offer(decision, settings.offerTimeout().toNanos(), TimeUnit.NANOSECONDS)) {
        accepted.incrementAndGet();
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    dropped.incrementAndGet();
    LOG.error("decision log queue full: dropped decision {}", decision.decisionId());
    return false;
  }

  public DecisionLogStats stats() {
    return new DecisionLogStats(
        accepted.get(),
        written.get(),
        dropped.get(),
        queue.size(),
        failedWrites.get(),
        parts.get());
  }

  /**
   * Writes everything accepted so far now and waits for it.
   *
   * @return true if all of it was written within {@code timeout}
   */
  public boolean flush(Duration timeout) {
    long target = accepted.get();
    long deadline = System.nanoTime() + timeout.toNanos();
    flushRequested = true;
    synchronized (progress) {
      while (written.get() < target) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || !writer.isAlive()) {
          return written.get() >= target;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(progress, Math.min(left, 50_000_000L));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return written.get() >= target;
        }
      }
    }
    return true;
  }

  /** Stops accepting, writes everything queued (retrying a failing store for up to a minute). */
  @Override
  public void close() {
    closing = true;
    try {
      writer.join(Duration.ofMinutes(1).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (writer.isAlive()) {
      LOG.error(
          "decision log: {} decisions still unwritten after one minute of retries at shutdown",
          queue.size());
    }
  }

  private void run() {
    List<LoggedDecision> batch = new ArrayList<>(settings.batchSize());
    long batchMillis = 0;
    long batchSeq = 0;
    long backoffMs = 100;
    long closingSince = 0;
    while (true) {
      if (batch.isEmpty()) {
        if (closing && queue.isEmpty()) {
          return;
        }
        collect(batch);
        if (batch.isEmpty()) {
          continue;
        }
        // Part names are fixed once per batch so a retry overwrites, never duplicates.
        batchMillis = clock.millis();
        batchSeq++;
      }
      try {
        write(batch, batchMillis, batchSeq);
        written.addAndGet(batch.size());
        batch.clear();
        backoffMs = 100;
        synchronized (progress) {
          progress.notifyAll();
        }
      } catch (ObjectStoreException | UncheckedIOException e) {
        failedWrites.incrementAndGet();
        LOG.warn(
            "decision log: writing {} decisions failed, retrying in {} ms: {}",
            batch.size(),
            backoffMs,
            e.getMessage());
        if (closing) {
          closingSince = closingSince == 0 ? System.nanoTime() : closingSince;
          if (System.nanoTime() - closingSince > Duration.ofSeconds(55).toNanos()) {
            return;
          }
        }
        sleepQuietly(backoffMs);
        backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF.toMillis());
      }
    }
  }

  /**
   * Fills {@code batch}: waits for a first decision, then until the batch is full, the flush
   * interval has passed, or a flush or close asks for the write now. Polls in short slices instead
   * of interrupting the writer, which could abort an upload in flight.
   */
  private void collect(List<LoggedDecision> batch) {
    long until = System.nanoTime() + settings.flushInterval().toNanos();
    try {
      while (true) {
        queue.drainTo(batch, settings.batchSize() - batch.size());
        if (batch.size() >= settings.batchSize()) {
          break;
        }
        boolean now = closing || flushRequested;
        if ((now || System.nanoTime() >= until) && (!batch.isEmpty() || closing)) {
          break;
        }
        if (batch.isEmpty() && System.nanoTime() >= until) {
          until = System.nanoTime() + settings.flushInterval().toNanos();
        }
        LoggedDecision next = queue.poll(10, TimeUnit.MILLISECONDS);
        if (next != null) {
          batch.add(next);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (queue.isEmpty()) {
      flushRequested = false;
    }
  }

  private void write(List<LoggedDecision> batch, long batchMillis, long batchSeq) {
    Map<LocalDate, List<LoggedDecision>> byDay = new TreeMap<>();
    for (LoggedDecision d : batch) {
      byDay.computeIfAbsent(day(d), k -> new ArrayList<>()).add(d);
    }
    Map<LocalDate, byte[]> lines = new TreeMap<>();
    for (Map.Entry<LocalDate, List<LoggedDecision>> e : byDay.entrySet()) {
      byte[] dayLines = lines(e.getValue());
      lines.put(e.getKey(), dayLines);
      String key =
          settings.prefix()
              + "date="
              + e.getKey()
              + "/part-"
              + batchMillis
              + "-"
              + writerId
              + "-"
              + batchSeq
              + ".jsonl.gz";
      store.put(key, gzip(dayLines));
    }
    parts.addAndGet(lines.size());
    settings
        .localFolder()
        .ifPresent(folder -> lines.forEach((day, bytes) -> appendLocal(folder, day, bytes)));
  }

  private static LocalDate day(LoggedDecision d) {
    return LocalDate.ofInstant(d.decidedAt(), ZoneOffset.UTC);
  }

  private static byte[] lines(List<LoggedDecision> decisions) {
    StringBuilder out = new StringBuilder(decisions.size() * 512);
    for (LoggedDecision d : decisions) {
      out.append(d.json()).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void appendLocal(Path folder, LocalDate day, byte[] lines) {
    try {
      Files.write(
          folder.resolve("decisions-" + day + ".jsonl"),
          lines,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // The object store holds the batch; the local copy is a convenience.
      LOG.warn("decision log: cannot append to the local copy in {}: {}", folder, e.getMessage());
    }
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
