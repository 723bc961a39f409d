package org.newsgraph.extract;

import java.util.Map;
import java.util.Optional;

/** A small hand-written geography for tests: a few states, their capitals and demonyms (public facts). */
final class MapGeography implements Geography {
    private static final Map<String, String> STATE_OF = Map.ofEntries(
            Map.entry("Q159", "Q159"), Map.entry("Q649", "Q159"),        // Russia, Moscow
            Map.entry("Q423", "Q423"), Map.entry("Q18808", "Q423"),      // North Korea, Pyongyang
            Map.entry("Q212", "Q212"), Map.entry("Q1899", "Q212"),       // Ukraine, Kyiv
            Map.entry("Q30", "Q30"), Map.entry("Q61", "Q30"),            // United States, Washington, D.C.
            Map.entry("Q145", "Q145"), Map.entry("Q84", "Q145"),         // United Kingdom, London
            Map.entry("Q796", "Q796"), Map.entry("Q1530", "Q796"),       // Iraq, Baghdad
            Map.entry("Q858", "Q858"), Map.entry("Q3766", "Q858"),       // Syria, Damascus
            Map.entry("Q43", "Q43"), Map.entry("Q3640", "Q43"),          // Turkey, Ankara
            Map.entry("Q265", "Q265"), Map.entry("Q269", "Q265"),        // Uzbekistan, Tashkent
            Map.entry("Q183", "Q183"), Map.entry("Q64", "Q183"),         // Germany, Berlin
            Map.entry("Q184", "Q184"), Map.entry("Q2280", "Q184"),       // Belarus, Minsk
            Map.entry("Q148", "Q148"), Map.entry("Q956", "Q148"),        // China, Beijing
            Map.entry("Q142", "Q142"), Map.entry("Q90", "Q142"),         // France, Paris
            Map.entry("Q794", "Q794"), Map.entry("Q3616", "Q794"),       // Iran, Tehran
            Map.entry("Q16", "Q16"), Map.entry("Q1930", "Q16"),           // Canada, Ottawa
            Map.entry("Q884", "Q884"), Map.entry("Q8684", "Q884"),      // South Korea, Seoul
            Map.entry("Q36", "Q36"), Map.entry("Q270", "Q36"),           // Poland, Warsaw
            Map.entry("Q38", "Q38"), Map.entry("Q220", "Q38"),           // Italy, Rome
            Map.entry("Q399", "Q399"), Map.entry("Q1953", "Q399"),       // Armenia, Yerevan
            Map.entry("Q227", "Q227"), Map.entry("Q9248", "Q227"),       // Azerbaijan, Baku
            Map.entry("Q37", "Q37"), Map.entry("Q216", "Q37"),           // Lithuania, Vilnius
            Map.entry("Q881", "Q881"), Map.entry("Q1858", "Q881"),       // Vietnam, Hanoi
            Map.entry("Q668", "Q668"), Map.entry("Q987", "Q668"),        // India, New Delhi
            Map.entry("Q17", "Q17"), Map.entry("Q1490", "Q17"),          // Japan, Tokyo
            Map.entry("Q928", "Q928"), Map.entry("Q1461", "Q928"));      // Philippines, Manila

    private static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("russian", "Q159"), Map.entry("north korean", "Q423"), Map.entry("ukrainian", "Q212"),
            Map.entry("american", "Q30"), Map.entry("british", "Q145"), Map.entry("iraqi", "Q796"),
            Map.entry("syrian", "Q858"), Map.entry("turkish", "Q43"), Map.entry("uzbek", "Q265"),
            Map.entry("german", "Q183"), Map.entry("belarusian", "Q184"), Map.entry("chinese", "Q148"),
            Map.entry("french", "Q142"), Map.entry("iranian", "Q794"), Map.entry("canadian", "Q16"),
            Map.entry("south korean", "Q884"), Map.entry("polish", "Q36"), Map.entry("italian", "Q38"),
            Map.entry("armenian", "Q399"), Map.entry("azerbaijani", "Q227"));

    private static final Map<String, String> NAMES = Map.of(
            "us", "Q30", "u.s.", "Q30", "united states", "Q30", "uk", "Q145", "united kingdom", "Q145",
            "france", "Q142", "russia", "Q159");

    private static final Map<String, String> COUNTRY_OF = Map.of(
            "Q41183", "Q858",                                            // Aleppo, Syria
            "Q1530", "Q796");                                            // Baghdad, Iraq

    private static final Map<String, String> CITIZENSHIP = Map.of(
            "Q3099714", "Q16",                                           // Justin Trudeau, Canada
            "Q44329", "Q858");                                           // Bashar al-Assad, Syria

    @Override
    public Optional<String> stateOf(String qid) {
        return Optional.ofNullable(STATE_OF.get(qid));
    }

    @Override
    public Optional<String> countryOfDemonym(String text) {
        return Optional.ofNullable(DEMONYMS.get(text.toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "")));
    }

    @Override
    public Optional<String> countryOf(String qid) {
        String state = STATE_OF.get(qid);
        return Optional.ofNullable(qid.equals(state) ? state : COUNTRY_OF.get(qid));
    }

    @Override
    public Optional<String> countryNamed(String name) {
        return Optional.ofNullable(NAMES.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    public Optional<String> citizenshipOf(String personQid) {
        return Optional.ofNullable(CITIZENSHIP.get(personQid));
    }
}
