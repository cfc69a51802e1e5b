package dev.coinengine.core.validation;

import java.util.List;

/** Turns a set of labelled samples into train/test splits with no label overlap between them. */
public interface Splitter {

  List<Split> splits(LabelSpans spans);
}
