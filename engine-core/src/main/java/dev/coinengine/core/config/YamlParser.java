package dev.coinengine.core.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns YAML text into a {@link ConfigNode} tree whose values remember file and line. It only
 * composes the node graph and never constructs objects, so no tag can instantiate a type; tags
 * other than the plain YAML ones are refused outright.
 */
final class YamlParser {
  private static final Set<Tag> PLAIN_TAGS =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);
  private static final int MAX_FILE_CODE_POINTS = 1_000_000;

  private YamlParser() {}

  static ConfigNode parse(String text, String file) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(20);
    options.setCodePointLimit(MAX_FILE_CODE_POINTS);
    Yaml yaml = new Yaml(new SafeConstructor(options));
    Node root;
    try {
      root = yaml.compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String reason = e.getProblem() != null ? e.getProblem() : e.getMessage();
      if (e.getContext() != null) {
        reason = e.getContext() + ": " + reason;
      }
      throw new ConfigException(at(file, mark), "", "invalid YAML: " + reason.trim(), e);
    } catch (YAMLException e) {
      throw new ConfigException(file, "", "invalid YAML: " + e.getMessage(), e);
    }
    if (root == null) {
      return new ConfigNode("", file, Map.of());
    }
    if (!(root instanceof MappingNode mapping)) {
      throw new ConfigException(
          at(file, root.getStartMark()), "", "the top level must be a mapping of sections");
    }
    return section(mapping, "", file, file);
  }

  private static ConfigNode section(MappingNode mapping, String path, String origin, String file) {
    checkTag(mapping, path, file);
    Map<String, Object> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String where = at(file, keyNode.getStartMark());
      if (!(keyNode instanceof ScalarNode scalarKey) || keyNode.getTag().equals(Tag.NULL)) {
        throw new ConfigException(where, path, "keys must be plain words");
      }
      String key = scalarKey.getValue();
      String fullKey = path.isEmpty() ? key : path + "." + key;
      if (!ConfigNode.KEY.matcher(key).matches()) {
        throw new ConfigException(
            where, fullKey, "keys are lower-case kebab-case, such as max-receive-count");
      }
      if (entries.containsKey(key)) {
        throw new ConfigException(where, fullKey, "duplicate key");
      }
      entries.put(key, entry(tuple.getValueNode(), fullKey, where, file));
    }
    return new ConfigNode(path, origin, entries);
  }

  private static Object entry(Node node, String key, String where, String file) {
    if (node instanceof MappingNode mapping) {
      return section(mapping, key, where, file);
    }
    if (node instanceof SequenceNode sequence) {
      checkTag(sequence, key, file);
      List<String> items = new ArrayList<>();
      for (Node item : sequence.getValue()) {
        if (!(item instanceof ScalarNode scalar) || item.getTag().equals(Tag.NULL)) {
          throw new ConfigException(
              at(file, item.getStartMark()), key, "lists may only hold plain, non-blank values");
        }
        checkTag(item, key, file);
        items.add(scalar.getValue());
      }
      return new ConfigValue(List.copyOf(items), where);
    }
    checkTag(node, key, file);
    ScalarNode scalar = (ScalarNode) node;
    return new ConfigValue(node.getTag().equals(Tag.NULL) ? null : scalar.getValue(), where);
  }

  private static void checkTag(Node node, String key, String file) {
    if (!PLAIN_TAGS.contains(node.getTag())) {
      throw new ConfigException(
          at(file, node.getStartMark()), key, "the tag " + node.getTag() + " is not allowed");
    }
  }

  private static String at(String file, Mark mark) {
    return mark == null ? file : file + ":" + (mark.getLine() + 1);
  }
}
