package dev.coinengine.store.aws;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs {@code moto_server} (the Python AWS emulator, {@code pip install 'moto[server]'}) on
 * 127.0.0.1 as a child process. Tests that use it are skipped when it is not on the PATH.
 */
public final class MotoServer implements AutoCloseable {
  private static final String COMMAND = "moto_server";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final int port;
  private final Path log;

  private MotoServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Aborts the calling test (it shows as skipped) when moto_server is not on the PATH. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(
        findOnPath(COMMAND).isPresent(),
        COMMAND + " is not on PATH; install it with pip install 'moto[server]' to run this test");
  }

  /** Starts a server on a free port, or aborts the calling test if moto_server is missing. */
  public static MotoServer startOrSkip() {
    assumeInstalled();
    Path command = findOnPath(COMMAND).orElseThrow();
    try {
      int port = freePort();
      Path log = Files.createTempFile("moto-server-", ".log");
      Process process =
          new ProcessBuilder(command.toString(), "-H", "127.0.0.1", "-p", String.valueOf(port))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      MotoServer server = new MotoServer(process, port, log);
      server.awaitReady();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + COMMAND + ": " + e.getMessage(), e);
    }
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(COMMAND + " exited early; output:\n" + output());
      }
      if (answers()) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("interrupted while waiting for " + COMMAND, e);
      }
    }
    close();
    throw new IllegalStateException(COMMAND + " did not answer within " + START_TIMEOUT);
  }

  private boolean answers() {
    try {
      HttpURLConnection connection =
          (HttpURLConnection) endpoint().resolve("/moto-api/").toURL().openConnection();
      connection.setConnectTimeout(500);
      connection.setReadTimeout(2000);
      try {
        return connection.getResponseCode() == 200;
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      return false;
    }
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The endpoint with moto's fixed test credentials, path-style, region us-east-1. */
  public ServiceEndpoint serviceEndpoint() {
    return ServiceEndpoint.local(endpoint(), "testing", "testing");
  }

  private String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    // The PATH entry may be a wrapper script; stop whatever it started, then the process itself.
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // a leftover log file in the temp folder is harmless
    }
  }

  private static Optional<Path> findOnPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
