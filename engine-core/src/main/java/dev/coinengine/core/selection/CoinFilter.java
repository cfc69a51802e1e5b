package dev.coinengine.core.selection;

/**
 * One link of the selection chain. A filter looks at one candidate (and, where it needs it, at the
 * whole universe, for example to know its base assets) and passes, rejects with a {@link
 * ReasonCode}, or reports that it could not check.
 */
public interface CoinFilter {

  /** Short kebab-case name, used in notes and documentation. */
  String name();

  FilterResult check(CoinMarket coin, Universe universe);
}
