package dev.coinengine.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the engine is installed, the process environment and the console, handed to every command
 * so that nothing reads them statically.
 */
record EngineEnvironment(Path root, Map<String, String> env, PrintStream out) {

  Path configDir() {
    return root.resolve("config");
  }

  /** The real Binance klines shipped with the engine (see infra/local/sample/PROVENANCE.md). */
  Path bundledSample() {
    return root.resolve("infra/local/sample/klines/1h");
  }
}
