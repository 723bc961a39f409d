package org.newsgraph.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.extract.TimeResolver.TimeValue;
import org.newsgraph.ingest.Article;

/**
 * The date an article's relative times ("today", "last month") are resolved against: its publication date when the
 * article's metadata gives one, else the date the path of its URL carries, as precisely as the URL gives it:
 * {@code .../2017/01/266544.htm} is January 2017, {@code .../2016/05/03/talks.html} and {@code .../2016-05-03-talks}
 * are 3 May 2016. Many news sites file articles under such paths. A year alone is not taken: a four-digit number in a
 * path is as often an id as a year.
 */
public final class PublicationDate {
    private static final Pattern PATH_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\\d|3[01]))?(?=[/._-]|$)");

    private PublicationDate() {
    }

    /** The article's publication date, or the date in its URL; empty when neither is known. */
    public static Optional<TimeValue> of(Article article) {
        if (article.published() != null) return Optional.of(new TimeValue(article.published().toString(), "date"));
        return fromUrl(article.url());
    }

    /** The date in the path of {@code url} (a day or a month), if it has one; empty for anything else. */
    public static Optional<TimeValue> fromUrl(String url) {
        if (url == null || !url.regionMatches(true, 0, "http", 0, 4)) return Optional.empty();
        String path;
        try {
            path = new URI(url.strip()).getRawPath();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (path == null) return Optional.empty();
        Matcher m = PATH_DATE.matcher(path);
        if (!m.find()) return Optional.empty();
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            try {
                return Optional.of(new TimeValue(LocalDate.of(year, month, Integer.parseInt(m.group(3))).toString(),
                        "date"));
            } catch (DateTimeException e) {
                // not a day of that month: the month is still there
            }
        }
        return Optional.of(new TimeValue(YearMonth.of(year, month).toString(), "gYearMonth"));
    }
}
