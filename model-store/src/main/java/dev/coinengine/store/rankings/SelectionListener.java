package dev.coinengine.store.rankings;

/** Told about every point-in-time selection computed (a metrics registry listens here). */
@FunctionalInterface
public interface SelectionListener {
  SelectionListener NONE = metrics -> {};

  void onSelection(SelectionMetrics metrics);
}
