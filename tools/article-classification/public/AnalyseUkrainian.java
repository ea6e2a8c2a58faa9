import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Reads words, one a line, and prints each reading the Ukrainian dictionary has for it as "word TAB lemma TAB tags";
 * a word it does not know prints nothing. A word absent as written is looked up capitalised, then in lower case, since
 * the dictionary spells names capitalised and common words in lower case.
 */
public class AnalyseUkrainian {
  public static void main(String[] args) throws Exception {
    DictionaryLookup lookup =
        new DictionaryLookup(
            Dictionary.read(AnalyseUkrainian.class.getResource("/org/languagetool/resource/uk/ukrainian.dict")));
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    Locale ukrainian = Locale.forLanguageTag("uk");
    for (String word; (word = in.readLine()) != null; ) {
      String lower = word.toLowerCase(ukrainian);
      String capitalised = lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(ukrainian) + lower.substring(1);
      for (String form : new String[] {word, capitalised, lower}) {
        List<WordData> readings = lookup.lookup(form);
        if (readings.isEmpty()) continue;
        for (WordData reading : readings) out.println(word + "\t" + reading.getStem() + "\t" + reading.getTag());
        break;
      }
    }
    out.flush();
  }
}
