package dev.coinengine.store.registry;

import java.util.Optional;

/** Which versions {@link ModelRegistry#list} returns; empty parts match everything. */
public record VersionFilter(Optional<String> symbol, Optional<VersionStatus> status) {
  public VersionFilter {
    symbol = symbol == null ? Optional.empty() : symbol;
    status = status == null ? Optional.empty() : status;
  }

  public static VersionFilter all() {
    return new VersionFilter(Optional.empty(), Optional.empty());
  }

  public VersionFilter withSymbol(String newSymbol) {
    return new VersionFilter(Optional.of(newSymbol), status);
  }

  public VersionFilter withStatus(VersionStatus newStatus) {
    return new VersionFilter(symbol, Optional.of(newStatus));
  }

  boolean matches(ModelVersion version) {
    return symbol.map(s -> s.equals(version.key().symbol())).orElse(true)
        && status.map(s -> s == version.status()).orElse(true);
  }
}
