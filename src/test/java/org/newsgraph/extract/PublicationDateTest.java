package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.TimeResolver.TimeValue;
import org.newsgraph.ingest.Article;

class PublicationDateTest {
    private static Optional<TimeValue> url(String url) {
        return PublicationDate.fromUrl(url);
    }

    @Test
    void readsAMonthOrADayFromTheUrlPath() {
        assertEquals(Optional.of(new TimeValue("2017-01", "gYearMonth")),
                url("https://press.example.org/releases/2017/01/266544.htm"));
        assertEquals(Optional.of(new TimeValue("2016-05-03", "date")),
                url("https://news.example.com/world/2016/05/03/talks-in-vienna.html"));
        assertEquals(Optional.of(new TimeValue("2016-05-03", "date")),
                url("http://news.example.com/2016-05-03-talks-in-vienna"));
        assertEquals(Optional.of(new TimeValue("2019-11", "gYearMonth")), url("https://example.com/2019/11/"));
    }

    @Test
    void takesNothingThatIsNotPlainlyADate() {
        assertEquals(Optional.empty(), url("https://example.com/Article/1041494/airmen-deploy/"));
        assertEquals(Optional.empty(), url("https://example.com/news/2017/summit-report"));   // a year alone
        assertEquals(Optional.empty(), url("https://example.com/2017/13/report"));            // no month 13
        assertEquals(Optional.empty(), url("https://example.com/id/12017/01/x"));             // part of a number
        assertEquals(Optional.empty(), url("https://example.com/report?date=2017/01/05"));    // a query, not a path
        assertEquals(Optional.empty(), url("Reuters"));
        assertEquals(Optional.empty(), url(null));
        // a day that the month does not have still leaves the month
        assertEquals(Optional.of(new TimeValue("2017-02", "gYearMonth")), url("https://example.com/2017/02/30/x"));
    }

    @Test
    void theArticlesOwnDateComesFirst() {
        Article dated = new Article("a", null, LocalDate.of(2017, 1, 20), "https://example.com/2016/12/x.html", "en",
                "Text.", null);
        assertEquals(Optional.of(new TimeValue("2017-01-20", "date")), PublicationDate.of(dated));
        Article undated = new Article("b", null, null, "https://example.com/2016/12/x.html", "en", "Text.", null);
        assertEquals(Optional.of(new TimeValue("2016-12", "gYearMonth")), PublicationDate.of(undated));
    }
}
