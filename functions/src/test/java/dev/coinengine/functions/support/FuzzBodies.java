package dev.coinengine.functions.support;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Random and malformed request bodies shared by the functions' fuzz tests. */
public final class FuzzBodies {
  private FuzzBodies() {}

  /** Up to {@code maxLength} random bytes (mostly not even UTF-8). */
  public static byte[] randomBytes(Random random, int maxLength) {
    byte[] bytes = new byte[random.nextInt(maxLength)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** A valid body cut at a random place. */
  public static byte[] truncated(String valid, Random random) {
    return valid.substring(0, random.nextInt(valid.length())).getBytes(StandardCharsets.UTF_8);
  }

  /** Objects under {@code key} or arrays nested up to 5,000 deep, often left unclosed. */
  public static byte[] deepNesting(String key, Random random) {
    int depth = 1 + random.nextInt(5_000);
    boolean objects = random.nextBoolean();
    String open = objects ? "{\"" + key + "\":" : "[";
    String close = objects ? "}" : "]";
    return (open.repeat(depth) + "1" + close.repeat(random.nextInt(depth + 1)))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A valid body with one character replaced, inserted or removed; a quarter left intact. */
  public static byte[] mutated(String valid, Random random) {
    StringBuilder body = new StringBuilder(valid);
    int position = random.nextInt(valid.length());
    switch (random.nextInt(4)) {
      case 0 -> body.setCharAt(position, (char) (32 + random.nextInt(95)));
      case 1 -> body.insert(position, (char) random.nextInt(0x3000));
      case 2 -> body.deleteCharAt(position);
      default -> {
        // intact: a valid request
      }
    }
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The body as text for a failure message, cut to 200 characters. */
  public static String shown(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
