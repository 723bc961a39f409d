package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.extract.ExtractorChecks.EXTRACTOR;
import static org.newsgraph.extract.ExtractorChecks.article;
import static org.newsgraph.extract.ExtractorChecks.datatype;
import static org.newsgraph.extract.ExtractorChecks.events;
import static org.newsgraph.extract.ExtractorChecks.none;
import static org.newsgraph.extract.ExtractorChecks.one;
import static org.newsgraph.extract.ExtractorChecks.qid;
import static org.newsgraph.extract.ExtractorChecks.qids;
import static org.newsgraph.extract.ExtractorChecks.value;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsgraph.link.LinkedArticle;

/** Hand-written sentences per event type: stated, denied, hypothetical and attributed. */
class RuleBasedExtractorTest {
    @Nested
    class Treaties {
        @Test
        void coordinatedSubjectsBecomeTwoPartiesWithNameAndDate() {
            Event e = one(article().sentence("France and Germany signed a defence treaty in March 2019.")
                    .mention("France", "LOC", "Q142").mention("Germany", "LOC", "Q183"), "Treaty");
            assertEquals(Set.of("Q142", "Q183"), qids(e, "party"));
            assertEquals("defence treaty", value(e, "treatyName"));
            assertEquals("2019-03", value(e, "date"));
            assertEquals("gYearMonth", datatype(e, "date"));
        }

        @Test
        void aPartyWrittenWithTheAfterAndIsStillCoordinated() {
            Event e = one(article().sentence("Japan and the Philippines signed a defence pact on Monday.")
                    .mention("Japan", "LOC", "Q17").mention("Philippines", "LOC", "Q928"), "Treaty");
            assertEquals(Set.of("Q17", "Q928"), qids(e, "party"));
            Event three = one(article().sentence("Chile, the Netherlands and Peru signed a fisheries agreement.")
                    .mention("Chile", "LOC", "Q298").mention("Netherlands", "LOC", "Q55")
                    .mention("Peru", "LOC", "Q419"), "Treaty");
            assertEquals(Set.of("Q298", "Q55", "Q419"), qids(three, "party"));
        }

        @Test
        void aTreatyNamedBeforeItsSigningInARelativeOrParticipleClause() {
            Event by = one(article().sentence("The treaty, signed by Canada and Chile in June 2019, covers fishing.")
                    .mention("Canada", "LOC", "Q16").mention("Chile", "LOC", "Q298"), "Treaty");
            assertEquals(Set.of("Q16", "Q298"), qids(by, "party"));
            assertEquals("treaty", value(by, "treatyName"));
            assertEquals("2019-06", value(by, "date"));
            Event bare = one(article().sentence("The fisheries pact signed by Canada and Chile covers cod.")
                    .mention("Canada", "LOC", "Q16").mention("Chile", "LOC", "Q298"), "Treaty");
            assertEquals(Set.of("Q16", "Q298"), qids(bare, "party"));
            Event which = one(article().sentence("The agreement, which Canada and Chile signed in May 2020, covers "
                    + "trade.").mention("Canada", "LOC", "Q16").mention("Chile", "LOC", "Q298"), "Treaty");
            assertEquals(Set.of("Q16", "Q298"), qids(which, "party"));
            assertEquals("agreement", value(which, "treatyName"));
            assertEquals("2020-05", value(which, "date"));
            Event that = one(article().sentence("The accord that Canada and Chile ratified covers trade.")
                    .mention("Canada", "LOC", "Q16").mention("Chile", "LOC", "Q298"), "Treaty");
            assertEquals(Set.of("Q16", "Q298"), qids(that, "party"));
        }

        @Test
        void aPassiveSignedByTheOfficialsOfStatesIsTheStates() {
            Event e = one(article().sentence("The pact was signed by the defence ministers of Canada and Chile.")
                    .mention("Canada", "LOC", "Q16").mention("Chile", "LOC", "Q298"), "Treaty");
            assertEquals(Set.of("Q16", "Q298"), qids(e, "party"));
            Event leaders = one(article().sentence("The accord was signed by the leaders of Canada and Chile.")
                    .mention("Canada", "LOC", "Q16").mention("Chile", "LOC", "Q298"), "Treaty");
            assertEquals(Set.of("Q16", "Q298"), qids(leaders, "party"));
            // fans of a state act for no state
            none(article().sentence("The pact was signed by fans of Canada and Chile.")
                    .mention("Canada", "LOC", "Q16").mention("Chile", "LOC", "Q298"), "Treaty");
        }

        @Test
        void aBareDealBetweenFirmsIsNoTreaty() {
            none(article().sentence("Acme Corp signed a deal with Globex on Monday.")
                    .mention("Acme Corp", "ORG").mention("Globex", "ORG"), "Treaty");
            one(article().sentence("Canada signed a deal with Chile on Monday.")
                    .mention("Canada", "LOC", "Q16").mention("Chile", "LOC", "Q298"), "Treaty");
            // a deal named for what it settles may bind any two sides
            one(article().sentence("Hamas and Fatah signed a reconciliation deal in Cairo.")
                    .mention("Hamas", "ORG").mention("Fatah", "ORG").mention("Cairo", "LOC", "Q85"), "Treaty");
        }

        @Test
        void aRelativeClauseThatDoesNotSignGivesNoTreaty() {
            none(article().sentence("The agreement, which Canada and Chile refused to sign, covers trade.")
                    .mention("Canada", "LOC", "Q16").mention("Chile", "LOC", "Q298"), "Treaty");
            none(article().sentence("The treaty, which Canada and Chile may sign next year, covers trade.")
                    .mention("Canada", "LOC", "Q16").mention("Chile", "LOC", "Q298"), "Treaty");
            none(article().sentence("The treaty, which Canada said Chile signed, covers trade.")
                    .mention("Canada", "LOC", "Q16").mention("Chile", "LOC", "Q298"), "Treaty");
        }

        @Test
        void todayInAnArticleDatedOnlyByItsUrlIsThatMonth() {
            Event e = one(ArticleFixture.published(null).source("https://press.example.org/2017/01/4471.htm")
                    .sentence("Today, Chile and Peru signed a fisheries agreement.")
                    .mention("Chile", "LOC", "Q298").mention("Peru", "LOC", "Q419"), "Treaty");
            assertEquals("2017-01", value(e, "date"));
            assertEquals("gYearMonth", datatype(e, "date"));
        }

        @Test
        void aTreatyWithAnotherStateNamesBothAndResolvesLastYear() {
            Event e = one(article().sentence("Iran signed a trade agreement with China last year.")
                    .mention("Iran", "LOC", "Q794").mention("China", "LOC", "Q148"), "Treaty");
            assertEquals(Set.of("Q794", "Q148"), qids(e, "party"));
            assertEquals("2024", value(e, "date"));
            assertEquals("gYear", datatype(e, "date"));
        }

        @Test
        void passiveSigningTakesThePartiesFromTheAgent() {
            Event e = one(article().sentence("A border treaty was signed by Russia and China in 2001.")
                    .mention("Russia", "LOC", "Q159").mention("China", "LOC", "Q148"), "Treaty");
            assertEquals(Set.of("Q159", "Q148"), qids(e, "party"));
            assertEquals("2001", value(e, "date"));
        }

        @Test
        void theTwoCountriesAreTheStatesOfThePreviousSentence() {
            Event e = one(article().sentence("Belarus and Russia held talks in Minsk.")
                    .mention("Belarus", "LOC", "Q184").mention("Russia", "LOC", "Q159").mention("Minsk", "LOC", "Q2280")
                    .sentence("The two countries later signed a security pact."), "Treaty");
            assertEquals(Set.of("Q184", "Q159"), qids(e, "party"));
            assertTrue(e.all("party").stream().allMatch(a -> a.entityId() != null), e.toString());
        }

        @Test
        void anAgreementBetweenTwoPartiesIsATreatyWithoutAVerb() {
            Event e = one(article().sentence("Observers praised the deal struck on Friday between Armenia and the "
                    + "Azerbaijani government.").mention("Armenia", "LOC", "Q399")
                    .mention("Azerbaijani", "NORP", "Q227"),
                    "Treaty");
            assertEquals(Set.of("Q399", "Q227"), qids(e, "party"));
        }

        @Test
        void aTreatyNameKeepsItsOnComplement() {
            Event e = one(article().sentence("Armenia and Georgia signed an agreement on border demarcation.")
                    .mention("Armenia", "LOC", "Q399").mention("Georgia", "LOC", "Q230"), "Treaty");
            assertEquals("agreement on border demarcation", value(e, "treatyName"));
            Event m = one(article().sentence("Chile and Peru signed a framework agreement on the use of shared "
                    + "water resources.").mention("Chile", "LOC", "Q298").mention("Peru", "LOC", "Q419"), "Treaty");
            assertEquals("framework agreement on the use of shared water resources", value(m, "treatyName"));
        }

        @Test
        void anOnComplementAfterThePartiesBelongsToTheName() {
            Event noun = one(article().sentence("Both capitals praised the accord reached last week between Chile and "
                    + "Bolivia on the sharing of river water.").mention("Chile", "LOC", "Q298")
                    .mention("Bolivia", "LOC", "Q750"), "Treaty");
            assertEquals("accord on the sharing of river water", value(noun, "treatyName"));
            Event verb = one(article().sentence("Norway signed a pact with Sweden on fishing quotas.")
                    .mention("Norway", "LOC", "Q20").mention("Sweden", "LOC", "Q34"), "Treaty");
            assertEquals("pact on fishing quotas", value(verb, "treatyName"));
            Event day = one(article().sentence("Norway signed a pact with Sweden on Monday.")
                    .mention("Norway", "LOC", "Q20").mention("Sweden", "LOC", "Q34"), "Treaty");
            assertEquals("pact", value(day, "treatyName"));
        }

        @Test
        void aDayOrANameAfterTheTreatyIsNoPartOfItsName() {
            Event day = one(article().sentence("Iran and China signed a trade agreement on Monday.")
                    .mention("Iran", "LOC", "Q794").mention("China", "LOC", "Q148"), "Treaty");
            assertEquals("trade agreement", value(day, "treatyName"));
            Event date = one(article().sentence("Armenia and Georgia signed an accord on 4 March.")
                    .mention("Armenia", "LOC", "Q399").mention("Georgia", "LOC", "Q230"), "Treaty");
            assertEquals("accord", value(date, "treatyName"));
            Event named = one(article().sentence("Armenia and Georgia signed a pact on Russia's border.")
                    .mention("Armenia", "LOC", "Q399").mention("Georgia", "LOC", "Q230")
                    .mention("Russia", "LOC", "Q159"), "Treaty");
            assertEquals("pact", value(named, "treatyName"));
            Event clause = one(article().sentence("Armenia and Georgia signed an accord on trade and agreed to "
                    + "meet again.").mention("Armenia", "LOC", "Q399").mention("Georgia", "LOC", "Q230"), "Treaty");
            assertEquals("accord on trade", value(clause, "treatyName"));
        }

        @Test
        void statesThatAgreedToOrOnADealConcludedIt() {
            Event to = one(article().sentence("Armenia and Azerbaijan agreed to a peace deal in August.")
                    .mention("Armenia", "LOC", "Q399").mention("Azerbaijan", "LOC", "Q227"), "Treaty");
            assertEquals(Set.of("Q399", "Q227"), qids(to, "party"));
            assertEquals("peace deal", value(to, "treatyName"));
            Event on = one(article().sentence("Chile agreed on a fisheries accord with Peru.")
                    .mention("Chile", "LOC", "Q298").mention("Peru", "LOC", "Q419"), "Treaty");
            assertEquals(Set.of("Q298", "Q419"), qids(on, "party"));
            Event direct = one(article().sentence("Britain agreed a trade deal with India in May.")
                    .mention("Britain", "LOC", "Q145").mention("India", "LOC", "Q668"), "Treaty");
            assertEquals("trade deal", value(direct, "treatyName"));
        }

        @Test
        void agreeingToWorkTowardsOrDiscussADealIsNoTreaty() {
            none(article().sentence("Armenia and Azerbaijan agreed to negotiate a peace deal.")
                    .mention("Armenia", "LOC", "Q399").mention("Azerbaijan", "LOC", "Q227"), "Treaty");
            none(article().sentence("Chile and Peru agreed on the need for a water accord.")
                    .mention("Chile", "LOC", "Q298").mention("Peru", "LOC", "Q419"), "Treaty");
            none(article().sentence("Chile agreed with Peru that the accord had failed.")
                    .mention("Chile", "LOC", "Q298").mention("Peru", "LOC", "Q419"), "Treaty");
            none(article().sentence("Serbia has not agreed to the deal with Kosovo.")
                    .mention("Serbia", "LOC", "Q403").mention("Kosovo", "LOC", "Q1246"), "Treaty");
        }

        @Test
        void aTreatyNotSignedIsNoTreaty() {
            none(article().sentence("Canada did not sign the arms treaty with France.")
                    .mention("Canada", "LOC", "Q16").mention("France", "LOC", "Q142"), "Treaty");
            none(article().sentence("Poland refused to sign a treaty with Belarus.")
                    .mention("Poland", "LOC", "Q36").mention("Belarus", "LOC", "Q184"), "Treaty");
        }

        @Test
        void aPossibleTreatyIsNoTreaty() {
            none(article().sentence("Iran may sign a trade agreement with China.")
                    .mention("Iran", "LOC", "Q794").mention("China", "LOC", "Q148"), "Treaty");
            none(article().sentence("Italy plans to sign an accord with Poland.")
                    .mention("Italy", "LOC", "Q38").mention("Poland", "LOC", "Q36"), "Treaty");
            none(article().sentence("Diplomats expect Chile to sign a water accord with Peru.")
                    .mention("Chile", "LOC", "Q298").mention("Peru", "LOC", "Q419"), "Treaty");
        }
    }

    @Nested
    class Deployments {
        @Test
        void activeSendingGivesForceLocationSizeAndType() {
            Event e = one(article().sentence("Iran has sent 2,000 troops to Syria.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Deployment");
            assertEquals("Q794", qid(e, "forceOf"));
            assertEquals("Q858", qid(e, "location"));
            assertEquals("2000", value(e, "size"));
            assertEquals("integer", datatype(e, "size"));
            assertEquals("troops", value(e, "forceType"));
        }

        @Test
        void aTimePhraseOpeningTheSentenceDatesTheMainClause() {
            Event e = one(article().sentence("Last month, after talks in Minsk, Belarus agreed to send 300 engineers "
                            + "to Mali.")
                    .mention("Minsk", "LOC", "Q2280").mention("Belarus", "LOC", "Q184")
                    .mention("Mali", "LOC", "Q912"), "Deployment");
            assertEquals("2025-06", value(e, "date"));
            assertEquals("gYearMonth", datatype(e, "date"));
        }

        @Test
        void aDateInTheTriggersOwnClauseWinsOverTheSentenceOpener() {
            Event e = one(article().sentence("Last year, officials said, Belarus sent 300 engineers to Mali in March "
                            + "2023.")
                    .mention("Belarus", "LOC", "Q184").mention("Mali", "LOC", "Q912"), "Deployment");
            assertEquals("2023-03", value(e, "date"));
        }

        @Test
        void aDeploymentRestatedForTheWholeCountryIsOneDeployment() {
            Event e = one(article().sentence("Iran has sent troops to Aleppo.")
                    .mention("Iran", "LOC", "Q794").mention("Aleppo", "LOC", "Q41183")
                    .sentence("Officials say Iran has sent troops to Syria.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Deployment");
            assertEquals("Q41183", qid(e, "location"));
        }

        @Test
        void deploymentsToDifferentCountriesOrWithTheirOwnSizeStayApart() {
            assertEquals(2, events(article().sentence("Iran has sent troops to Aleppo.")
                    .mention("Iran", "LOC", "Q794").mention("Aleppo", "LOC", "Q41183")
                    .sentence("Iran has also sent troops to Iraq.")
                    .mention("Iran", "LOC", "Q794").mention("Iraq", "LOC", "Q796"), "Deployment").size());
            assertEquals(2, events(article().sentence("Iran has sent troops to Aleppo.")
                    .mention("Iran", "LOC", "Q794").mention("Aleppo", "LOC", "Q41183")
                    .sentence("Iran has sent 5,000 troops to Syria.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Deployment").size());
        }

        @Test
        void forcesLeavingForADeploymentAreDeployed() {
            Event e = one(article().sentence("Forty Reserve soldiers from the 12th Signal Brigade departed for a "
                            + "deployment "
                            + "to Camp Alpha, Kuwait.")
                    .mention("12th Signal Brigade", "ORG").mention("Camp Alpha", "LOC")
                    .mention("Kuwait", "LOC", "Q817"), "Deployment");
            assertEquals("12th Signal Brigade", value(e, "forceOf"));
            assertEquals("Camp Alpha", value(e, "location"));
            assertEquals("40", value(e, "size"));
            assertEquals("reserve soldiers", value(e, "forceType"), "a capitalised word of the force's own stays");
        }

        @Test
        void aHyphenatedNumberWordIsOneCount() {
            Event e = one(article().sentence("Sixty-Two Reserve soldiers from the 12th Signal Brigade left for a "
                            + "deployment to Kuwait.")
                    .mention("12th Signal Brigade", "ORG").mention("Kuwait", "LOC", "Q817"), "Deployment");
            assertEquals("62", value(e, "size"));
        }

        @Test
        void aUnitKeepsWhatItIsMadeOfInItsForceType() {
            Event e = one(article().sentence("Iran sent a battalion of paratroopers to Syria.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Deployment");
            assertEquals("battalion of paratroopers", value(e, "forceType"));
            assertEquals("Q858", qid(e, "location"));
        }

        @Test
        void onlyAUnitTakesAnOfComplementAndNeverAPlaceOrName() {
            Event troops = one(article().sentence("Iran sent troops of the regular army to Syria.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Deployment");
            assertEquals("troops", value(troops, "forceType"));
            Event named = one(article().sentence("Iran sent a battalion of the 5th Brigade to Syria.")
                    .mention("Iran", "LOC", "Q794").mention("5th Brigade", "ORG").mention("Syria", "LOC", "Q858"),
                    "Deployment");
            assertEquals("battalion", value(named, "forceType"));
            Event on = one(article().sentence("Iran sent a battalion on the border to Syria.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Deployment");
            assertEquals("battalion", value(on, "forceType"));
        }

        @Test
        void aSeasonDatesTheYearAndIsKeptAsWritten() {
            Event e = one(article().sentence("Iran sent troops to Syria in the summer of 2017.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Deployment");
            assertEquals("2017", value(e, "date"));
            assertEquals("gYear", datatype(e, "date"));
            assertEquals("summer of 2017", value(e, "dateText"));
        }

        @Test
        void aWholeYearMonthOrDayNeedsNoWrittenDate() {
            for (String when : List.of("in 2017", "in June 2017", "last year", "on 9 May 2024")) {
                Event e = one(article().sentence("Iran sent troops to Syria " + when + ".")
                        .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Deployment");
                assertTrue(e.first("date").isPresent(), when);
                assertEquals(null, value(e, "dateText"), when);
            }
        }

        @Test
        void aHedgedSizeKeepsItsNumberWithTheBoundAndThePhrase() {
            Event about = one(article().sentence("Iran sent about 300 troops to Syria.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Deployment");
            assertEquals("300", value(about, "size"));
            assertEquals("about", value(about, "sizeBound"));
            assertEquals("about 300", value(about, "sizeText"));
            Event more = one(article().sentence("Iran has deployed more than 2,000 Iranian engineers to Syria.")
                    .mention("Iran", "LOC", "Q794").mention("Iranian", "NORP", "Q794")
                    .mention("Syria", "LOC", "Q858"), "Deployment");
            assertEquals("2000", value(more, "size"));
            assertEquals("atLeast", value(more, "sizeBound"));
            assertEquals("more than 2,000", value(more, "sizeText"));
            Event exact = one(article().sentence("Iran has sent 2,000 troops to Syria.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Deployment");
            assertEquals(null, value(exact, "sizeBound"));
        }

        @Test
        void forcesBasedSomewhereAreDeployedThere() {
            Event e = one(article().sentence("Some 4,000 Russian soldiers are based in Moldova.")
                    .mention("Russian", "NORP", "Q159").mention("Moldova", "LOC", "Q217"), "Deployment");
            assertEquals("Q159", qid(e, "forceOf"));
            assertEquals("Q217", qid(e, "location"));
            assertEquals("4000", value(e, "size"));
            none(article().sentence("The Polish company is based in Moldova.")
                    .mention("Polish", "NORP", "Q36").mention("Moldova", "LOC", "Q217"), "Deployment");
        }

        @Test
        void shipsSentWithoutAnotherForceAreDeployed() {
            Event e = one(article().sentence("Canada deployed two destroyers and a frigate to the Baltic Sea.")
                    .mention("Canada", "LOC", "Q16").mention("Baltic Sea", "LOC", "Q545"), "Deployment");
            assertEquals("Q16", qid(e, "forceOf"));
            assertEquals("Q545", qid(e, "location"));
            Event carriers = one(article().sentence("Canada sent two aircraft carriers to the Baltic Sea.")
                    .mention("Canada", "LOC", "Q16").mention("Baltic Sea", "LOC", "Q545"), "Deployment");
            assertEquals("aircraft carriers", value(carriers, "forceType"));
        }

        @Test
        void anAirDefenceSystemIsGoods() {
            Event e = one(article().sentence("Canada delivered its first air defence system to Latvia in October.")
                    .mention("Canada", "LOC", "Q16").mention("Latvia", "LOC", "Q211"), "Supply");
            assertEquals("air defence system", value(e, "item"));
        }

        @Test
        void aPluralScaleWordIsTheLeastItCanMean() {
            Map<String, List<String>> sizes = Map.of(
                    "Iran sent hundreds of troops to Syria.", List.of("200", "hundreds"),
                    "Iran sent thousands more troops to Syria.", List.of("2000", "thousands"),
                    "Iran sent dozens of troops to Syria.", List.of("24", "dozens"),
                    "Iran sent tens of thousands of troops to Syria.", List.of("20000", "tens of thousands"));
            sizes.forEach((sentence, expected) -> {
                Event e = one(article().sentence(sentence).mention("Iran", "LOC", "Q794")
                        .mention("Syria", "LOC", "Q858"), "Deployment");
                assertEquals(expected.get(0), value(e, "size"), sentence);
                assertEquals("atLeast", value(e, "sizeBound"), sentence);
                assertEquals(expected.get(1), value(e, "sizeText"), sentence);
            });
        }

        @Test
        void aRangeOrAlternativeOfCountsIsNoSize() {
            for (String sentence : List.of("Iran deployed troops numbering between 100 and 200 to Syria.",
                    "Between 100 and 200 troops from Iran were deployed to Syria.",
                    "Iran's 100 or 200 troops were deployed to Syria.")) {
                List<Event> found = events(article().sentence(sentence).mention("Iran", "LOC", "Q794")
                        .mention("Syria", "LOC", "Q858"), "Deployment");
                for (Event e : found) assertEquals(null, value(e, "size"), sentence);
            }
            Event e = one(article().sentence("Iran sent 100 or 200 troops to Syria.").mention("Iran", "LOC", "Q794")
                    .mention("Syria", "LOC", "Q858"), "Deployment");
            assertEquals(null, value(e, "size"));
        }

        @Test
        void forcesThatDidNotOrMightLeaveForADeploymentAreNotDeployed() {
            none(article().sentence("Forty soldiers from the 12th Signal Brigade did not depart for a deployment "
                            + "to Kuwait.")
                    .mention("12th Signal Brigade", "ORG").mention("Kuwait", "LOC", "Q817"), "Deployment");
            none(article().sentence("Forty soldiers from the 12th Signal Brigade may leave for a deployment "
                            + "to Kuwait.")
                    .mention("12th Signal Brigade", "ORG").mention("Kuwait", "LOC", "Q817"), "Deployment");
        }

        @Test
        void aPlaceThatIsNoStateOwnsNoForce() {
            none(article().sentence("Fort Carson soldiers deployed to Poland.")
                    .mention("Fort Carson", "LOC").mention("Poland", "LOC", "Q36"), "Deployment");
            none(article().sentence("Troops from Aleppo were sent to Iraq.")
                    .mention("Aleppo", "LOC", "Q41183").mention("Iraq", "LOC", "Q796"), "Deployment");
            Event e = one(article().sentence("Polish soldiers deployed to Latvia.")
                    .mention("Polish", "NORP", "Q36").mention("Latvia", "LOC"), "Deployment");
            assertEquals("Q36", qid(e, "forceOf"));
        }

        @Test
        void sendingTroopsIsNotASupply() {
            none(article().sentence("Iran has sent 2,000 troops to Syria.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Supply");
        }

        @Test
        void passiveDeploymentTakesTheForceFromTheAgent() {
            Event e = one(article().sentence("Hundreds of soldiers were deployed to Belarus by Russia.")
                    .mention("Belarus", "LOC", "Q184").mention("Russia", "LOC", "Q159"), "Deployment");
            assertEquals("Q159", qid(e, "forceOf"));
            assertEquals("Q184", qid(e, "location"));
            assertEquals("200", value(e, "size"), "hundreds: at least 200");
            assertEquals("atLeast", value(e, "sizeBound"));
        }

        @Test
        void aNationalityBeforeTheForceNamesItsCountry() {
            Event e = one(article().sentence("Analysts noted the participation of Belarusian soldiers in the fighting "
                    + "in Donetsk.").mention("Belarusian", "NORP", "Q184").mention("Donetsk", "LOC"), "Deployment");
            assertEquals("Q184", qid(e, "forceOf"));
            assertEquals("Donetsk", value(e, "location"));
            assertEquals("soldiers", value(e, "forceType"));
        }

        @Test
        void aCapitalActingStandsForItsStateAndItsEntity() {
            LinkedArticle a = article().sentence("Russia is the closest ally of Syria.")
                    .mention("Russia", "LOC", "Q159").mention("Syria", "LOC", "Q858")
                    .sentence("Moscow agreed to send an additional 3,000 military engineers to Syria last month.")
                    .mention("Moscow", "LOC", "Q649").mention("Syria", "LOC", "Q858").build();
            List<Event> found = EXTRACTOR.extract(a).stream().filter(e -> e.type().equals("Deployment")).toList();
            assertEquals(1, found.size(), found.toString());
            Event e = found.get(0);
            assertEquals("Q159", qid(e, "forceOf"));
            String russia = a.resolved().entities().stream().filter(x -> x.name().equals("Russia")).findFirst()
                    .orElseThrow().id();
            assertEquals(russia, e.first("forceOf").orElseThrow().entityId());
            assertEquals("3000", value(e, "size"));
            assertEquals("military engineers", value(e, "forceType"));
            assertEquals("2025-06", value(e, "date"));
        }

        @Test
        void theDeploymentOfANationsForcesIsANominalDeployment() {
            Event e = one(article().sentence("The deployment of Chinese marines to Djibouti worried observers.")
                    .mention("Chinese", "NORP", "Q148").mention("Djibouti", "LOC"), "Deployment");
            assertEquals("Q148", qid(e, "forceOf"));
            assertEquals("Djibouti", value(e, "location"));
        }

        @Test
        void deniedOrNeverDoneDeploymentsAreNone() {
            none(article().sentence("Iran denied sending troops to Iraq.")
                    .mention("Iran", "LOC", "Q794").mention("Iraq", "LOC", "Q796"), "Deployment");
            none(article().sentence("Turkey has never deployed soldiers to Uzbekistan.")
                    .mention("Turkey", "LOC", "Q43").mention("Uzbekistan", "LOC", "Q265"), "Deployment");
        }

        @Test
        void possibleOrPlannedDeploymentsAreNone() {
            none(article().sentence("China could deploy troops to Iran.")
                    .mention("China", "LOC", "Q148").mention("Iran", "LOC", "Q794"), "Deployment");
            none(article().sentence("Russia plans to send troops to Belarus.")
                    .mention("Russia", "LOC", "Q159").mention("Belarus", "LOC", "Q184"), "Deployment");
            none(article().sentence("Russia is likely to send soldiers to Belarus.")
                    .mention("Russia", "LOC", "Q159").mention("Belarus", "LOC", "Q184"), "Deployment");
        }

        @Test
        void forcesArrivingSomewhereAreDeployedThere() {
            Event canadian = one(article().sentence("Canadian paratroopers arrived in Poland last week.")
                    .mention("Canadian", "NORP", "Q16").mention("Poland", "LOC", "Q36"), "Deployment");
            assertEquals("Q16", qid(canadian, "forceOf"));
            assertEquals("Q36", qid(canadian, "location"));
            assertEquals("paratroopers", value(canadian, "forceType"));
            assertTrue(canadian.first("date").isPresent(), "last week dates it");
            Event marines = one(article().sentence("Some 150 Marines from the 22nd Expeditionary Unit have arrived in "
                            + "Italy.")
                    .mention("22nd Expeditionary Unit", "ORG").mention("Italy", "LOC", "Q38"), "Deployment");
            assertEquals("22nd Expeditionary Unit", value(marines, "forceOf"));
            assertEquals("Q38", qid(marines, "location"));
            assertEquals("150", value(marines, "size"));
            assertEquals("about", value(marines, "sizeBound"));
            assertEquals("marines", value(marines, "forceType"));
        }

        @Test
        void militaryAircraftOfAUnitArrivingAreDeployed() {
            Event e = one(article().sentence("Air Force A-10s from the Idaho Air National Guard arrived at an air "
                            + "base in Kuwait on April 8.")
                    .mention("Air Force", "ORG").mention("Idaho Air National Guard", "ORG")
                    .mention("Kuwait", "LOC", "Q817"), "Deployment");
            assertEquals("Idaho Air National Guard", value(e, "forceOf"));
            assertEquals("Q817", qid(e, "location"));
            assertEquals("a-10s", value(e, "forceType"));
            assertEquals("2025-04-08", value(e, "date"));
            Event warships = one(article().sentence("Two warships of the Royal Navy arrived in Turkey.")
                    .mention("Royal Navy", "ORG").mention("Turkey", "LOC", "Q43"), "Deployment");
            assertEquals("Royal Navy", value(warships, "forceOf"));
            assertEquals("2", value(warships, "size"));
        }

        @Test
        void aForceArrivingIsNoVisitOfItsUnit() {
            none(article().sentence("Some 150 Marines from the 22nd Expeditionary Unit arrived in Italy.")
                    .mention("22nd Expeditionary Unit", "ORG").mention("Italy", "LOC", "Q38"), "Visit");
        }

        @Test
        void peopleOrGoodsArrivingAreNoDeployment() {
            none(article().sentence("The defence minister arrived in Warsaw on Monday.")
                    .mention("Warsaw", "LOC", "Q270"), "Deployment");
            none(article().sentence("Defence Minister Anne Roy arrived in Poland.")
                    .mention("Anne Roy", "PER").mention("Poland", "LOC", "Q36"), "Deployment");
            none(article().sentence("Hundreds of refugees arrived in Italy.")
                    .mention("Italy", "LOC", "Q38"), "Deployment");
            none(article().sentence("The shipment arrived in Poland.")
                    .mention("Poland", "LOC", "Q36"), "Deployment");
            none(article().sentence("Relatives of Canadian soldiers arrived in Poland.")
                    .mention("Canadian", "NORP", "Q16").mention("Poland", "LOC", "Q36"), "Deployment");
        }

        @Test
        void aircraftArrivingFromOrOfAStateMayBeADeliveryAndAreNoDeployment() {
            none(article().sentence("The first F-16s from Germany arrived in Ukraine.")
                    .mention("Germany", "LOC", "Q183").mention("Ukraine", "LOC", "Q212"), "Deployment");
            none(article().sentence("German F-16s arrived in Ukraine.")
                    .mention("German", "NORP", "Q183").mention("Ukraine", "LOC", "Q212"), "Deployment");
        }

        @Test
        void expectedDeniedOrDoubtedArrivalsAreNone() {
            for (String sentence : List.of("Canadian paratroopers are expected to arrive in Poland.",
                    "Canadian paratroopers did not arrive in Poland.",
                    "Canadian paratroopers may arrive in Poland next week.",
                    "Canadian paratroopers have yet to arrive in Poland.",
                    "Moscow claimed that Canadian paratroopers had arrived in Poland.")) {
                ArticleFixture f = article().sentence(sentence).mention("Canadian", "NORP", "Q16")
                        .mention("Poland", "LOC", "Q36");
                if (sentence.startsWith("Moscow")) f.mention("Moscow", "LOC", "Q649");
                none(f, "Deployment");
            }
        }

        @Test
        void aReportedDeploymentStatedAsFactCounts() {
            Event e = one(article().sentence("Kyiv said Minsk had sent 1,500 troops to Gomel.")
                    .mention("Kyiv", "LOC", "Q1899").mention("Minsk", "LOC", "Q2280").mention("Gomel", "LOC"),
                    "Deployment");
            assertEquals("Q184", qid(e, "forceOf"), "the capital stands for its state");
            assertEquals("Gomel", value(e, "location"));
            assertEquals("1500", value(e, "size"));
        }

        @Test
        void aParticipleAfterTheForceIsAPassiveDeployment() {
            Event e = one(article().sentence("Then came 400 Canadian engineers, deployed to Latvia in May.")
                    .mention("Canadian", "NORP", "Q16").mention("Latvia", "LOC"), "Deployment");
            assertEquals("Q16", qid(e, "forceOf"));
            assertEquals("Latvia", value(e, "location"));
            assertEquals("400", value(e, "size"));
            assertEquals("2025-05", value(e, "date"));
        }

        @Test
        void aConditionalDeploymentIsNone() {
            none(article().sentence("Officials said Russia would send soldiers to Belarus if Poland armed itself.")
                    .mention("Russia", "LOC", "Q159").mention("Belarus", "LOC", "Q184")
                    .mention("Poland", "LOC", "Q36"), "Deployment");
            // a reported "would" with no condition is the reported "will": announced (ReportedFutureTest)
            Event reported = one(article().sentence("Officials said Russia would send soldiers to Belarus.")
                    .mention("Russia", "LOC", "Q159").mention("Belarus", "LOC", "Q184"), "Deployment");
            assertEquals("true", value(reported, "announced"));
            none(article().sentence("If Iran deploys troops to Iraq, talks will end.")
                    .mention("Iran", "LOC", "Q794").mention("Iraq", "LOC", "Q796"), "Deployment");
        }

        @Test
        void anAccusationIsNoDeployment() {
            none(article().sentence("Ukraine accused Belarus of sending troops to the border.")
                    .mention("Ukraine", "LOC", "Q212").mention("Belarus", "LOC", "Q184"), "Deployment");
        }
    }

    @Nested
    class Supplies {
        @Test
        void aTimeThatOnlyBoundsTheEventIsNotItsDate() {
            Event since = one(article().sentence("Norway has given more than $2 billion in aid to Moldova since 2022.")
                    .mention("Norway", "LOC", "Q20").mention("Moldova", "LOC", "Q217"), "Supply");
            assertTrue(since.first("date").isEmpty(), since.toString());
            Event by = one(article().sentence("Chile will deliver the fuel to Peru by March 2026.")
                    .mention("Chile", "LOC", "Q298").mention("Peru", "LOC", "Q419"), "Supply");
            assertTrue(by.first("date").isEmpty(), by.toString());
            Event in = one(article().sentence("Norway gave $2 million in aid to Moldova in 2022.")
                    .mention("Norway", "LOC", "Q20").mention("Moldova", "LOC", "Q217"), "Supply");
            assertEquals("2022", value(in, "date"));
        }

        @Test
        void aShareOfTheRecipientsStockIsASupplyWithShare() {
            Event e = one(article().sentence("Iran is supplying as much as 60 percent of Syria's fuel.")
                    .mention("Iran", "LOC", "Q794").mention("Syria", "LOC", "Q858"), "Supply");
            assertEquals("Q794", qid(e, "supplier"));
            assertEquals("Q858", qid(e, "recipient"));
            assertEquals("fuel", value(e, "item"));
            assertEquals("0.6", value(e, "share"));
            assertEquals("decimal", datatype(e, "share"));
        }

        @Test
        void theRecipientMayBeNamedInARelativeClauseAfterTheItem() {
            Event e = one(article().sentence("Belarus provides nearly a third of the fuel that Serbia uses.")
                    .mention("Belarus", "LOC", "Q184").mention("Serbia", "LOC", "Q403"), "Supply");
            assertEquals("Q184", qid(e, "supplier"));
            assertEquals("Q403", qid(e, "recipient"));
            assertEquals("fuel", value(e, "item"));
        }

        @Test
        void aNameAfterTheItemWithoutAVerbIsNotTheRecipient() {
            Event e = one(article().sentence("Belarus provides fuel Serbia and Hungary alike.")
                    .mention("Belarus", "LOC", "Q184").mention("Serbia", "LOC", "Q403")
                    .mention("Hungary", "LOC", "Q28"), "Supply");
            assertEquals(null, e.first("recipient").orElse(null));
        }

        @Test
        void providingSomeoneWithGoodsNamesTheRecipientAndQuantity() {
            Event e = one(article().sentence("Canada provided Ukraine with 12,000 helmets.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertEquals("Q16", qid(e, "supplier"));
            assertEquals("Q212", qid(e, "recipient"));
            assertEquals("helmets", value(e, "item"));
            assertEquals("12000", value(e, "quantity"));
        }

        @Test
        void passiveDeliveryTakesTheSupplierFromTheAgent() {
            Event e = one(article().sentence("Artillery shells were delivered to Ukraine by Germany.")
                    .mention("Ukraine", "LOC", "Q212").mention("Germany", "LOC", "Q183"), "Supply");
            assertEquals("Q183", qid(e, "supplier"));
            assertEquals("Q212", qid(e, "recipient"));
            assertEquals("artillery shells", value(e, "item"));
        }

        @Test
        void aFractionIsAShare() {
            Event e = one(article().sentence("Germany sold two-thirds of Poland's tanks.")
                    .mention("Germany", "LOC", "Q183").mention("Poland", "LOC", "Q36"), "Supply");
            assertEquals("0.6667", value(e, "share"));
            assertEquals("Q36", qid(e, "recipient"));
        }

        @Test
        void aShareOfSomeonesGoodsThatComesFromASupplierIsTheirSupply() {
            Event e = one(article().sentence("About two-thirds of Latvia's air defence missiles come from Canada.")
                    .mention("Latvia", "LOC", "Q211").mention("Canada", "LOC", "Q16"), "Supply");
            assertEquals("Q16", qid(e, "supplier"));
            assertEquals("Q211", qid(e, "recipient"));
            assertEquals("air defence missiles", value(e, "item"));
            assertEquals("0.6667", value(e, "share"));
            Event whole = one(article().sentence("Latvia's ammunition came from Canada last year.")
                    .mention("Latvia", "LOC", "Q211").mention("Canada", "LOC", "Q16"), "Supply");
            assertEquals("Q211", qid(whole, "recipient"));
            none(article().sentence("Latvia's ammunition may come from Canada.")
                    .mention("Latvia", "LOC", "Q211").mention("Canada", "LOC", "Q16"), "Supply");
            none(article().sentence("Anna Kowalski came from Canada.")
                    .mention("Anna Kowalski", "PER").mention("Canada", "LOC", "Q16"), "Supply");
        }

        @Test
        void coordinatedSuppliersEachSupply() {
            List<Event> found = events(article().sentence("Canada and Norway have given Latvia long-range missiles.")
                    .mention("Canada", "LOC", "Q16").mention("Norway", "LOC", "Q20")
                    .mention("Latvia", "LOC", "Q211"), "Supply");
            assertEquals(Set.of("Q16", "Q20"), found.stream().map(e -> qid(e, "supplier")).collect(Collectors.toSet()));
            assertTrue(found.stream().allMatch(e -> "Q211".equals(qid(e, "recipient"))), found.toString());
            List<Event> received = events(article().sentence("Latvia received jets from Canada and the Netherlands.")
                    .mention("Latvia", "LOC", "Q211").mention("Canada", "LOC", "Q16")
                    .mention("Netherlands", "LOC", "Q55"), "Supply");
            assertEquals(Set.of("Q16", "Q55"),
                    received.stream().map(e -> qid(e, "supplier")).collect(Collectors.toSet()));
        }

        @Test
        void aRecipientOfOneClauseIsNoSupplierOfTheNext() {
            List<Event> found = events(article().sentence("Canada sent tanks to Latvia and Norway sent drones to "
                    + "Estonia.").mention("Canada", "LOC", "Q16").mention("Latvia", "LOC", "Q211")
                    .mention("Norway", "LOC", "Q20").mention("Estonia", "LOC", "Q191"), "Supply");
            assertEquals(Set.of("Q16>Q211", "Q20>Q191"), found.stream()
                    .map(e -> qid(e, "supplier") + ">" + qid(e, "recipient")).collect(Collectors.toSet()));
        }

        @Test
        void aSumWithItsCurrencyWrittenAsAWordIsTheQuantity() {
            Event dollars = one(article().sentence("Japan pledged 250 million dollars in humanitarian aid to Ukraine.")
                    .mention("Japan", "LOC", "Q17").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertEquals("250000000", value(dollars, "quantity"));
            assertEquals("USD", value(dollars, "currency"));
            assertEquals("250 million dollars", value(dollars, "quantityText"));
            Event euros = one(article().sentence("Italy gave an additional 40 million euros in aid to Chad.")
                    .mention("Italy", "LOC", "Q38").mention("Chad", "LOC", "Q657"), "Supply");
            assertEquals("40000000", value(euros, "quantity"));
            assertEquals("EUR", value(euros, "currency"));
            // another country's dollars are no US dollars, and pounds may weigh
            Event canadian = one(article().sentence("Canada gave 40 million Canadian dollars in aid to Chad.")
                    .mention("Canada", "LOC", "Q16").mention("Canadian", "NORP", "Q16")
                    .mention("Chad", "LOC", "Q657"), "Supply");
            assertEquals(null, value(canadian, "quantity"));
            assertEquals(null, value(canadian, "currency"));
        }

        @Test
        void aPledgedSumOfMoneyIsTheQuantityWithItsCurrency() {
            Event e = one(article().sentence("Japan pledged $250 million in humanitarian aid to Ukraine.")
                    .mention("Japan", "LOC", "Q17").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertEquals("Q17", qid(e, "supplier"));
            assertEquals("Q212", qid(e, "recipient"));
            assertEquals("humanitarian aid", value(e, "item"));
            assertEquals("250000000", value(e, "quantity"));
            assertEquals("USD", value(e, "currency"));
        }

        @Test
        void aFurtherSumBeforeTheItemIsTheQuantity() {
            Event e = one(article().sentence("Norway gave a further €40 million in assistance to Moldova.")
                    .mention("Norway", "LOC", "Q20").mention("Moldova", "LOC", "Q217"), "Supply");
            assertEquals("40000000", value(e, "quantity"));
            assertEquals("EUR", value(e, "currency"));
            assertEquals("assistance", value(e, "item"));
        }

        @Test
        void aBoundedSumKeepsItsNumberWithTheBoundAndThePhrase() {
            Event e = one(article().sentence("Sweden pledged up to $2 billion in military aid to Finland.")
                    .mention("Sweden", "LOC", "Q34").mention("Finland", "LOC", "Q33"), "Supply");
            assertEquals("Q33", qid(e, "recipient"));
            assertEquals("2000000000", value(e, "quantity"));
            assertEquals("USD", value(e, "currency"));
            assertEquals("atMost", value(e, "quantityBound"));
            assertEquals("up to $2 billion", value(e, "quantityText"));
        }

        @Test
        void anExactSumIsWrittenAsTheTextWritesItWithoutABound() {
            Event e = one(article().sentence("Japan pledged $250 million in humanitarian aid to Ukraine.")
                    .mention("Japan", "LOC", "Q17").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertEquals("$250 million", value(e, "quantityText"));
            assertEquals(null, value(e, "quantityBound"));
        }

        @Test
        void aSumWrittenWithUsBeforeTheSignIsInUsDollars() {
            Event e = one(article().sentence("Japan pledged US $250 million in humanitarian aid to Ukraine.")
                    .mention("Japan", "LOC", "Q17").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertEquals("250000000", value(e, "quantity"));
            assertEquals("USD", value(e, "currency"));
        }

        @Test
        void aCountAboveAFigureIsALowerBound() {
            Event e = one(article().sentence("Canada delivered more than 5,000 helmets to Latvia.")
                    .mention("Canada", "LOC", "Q16").mention("Latvia", "LOC", "Q211"), "Supply");
            assertEquals("Q211", qid(e, "recipient"));
            assertEquals("helmets", value(e, "item"));
            assertEquals("5000", value(e, "quantity"));
            assertEquals("atLeast", value(e, "quantityBound"));
            assertEquals("more than 5,000", value(e, "quantityText"));
            assertEquals(null, value(e, "currency"));
        }

        @Test
        void hedgedCountsAndSumsNameTheirBound() {
            Event atLeast = one(article().sentence("Poland sent at least 40 tanks to Ukraine.")
                    .mention("Poland", "LOC", "Q36").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertEquals("atLeast", value(atLeast, "quantityBound"));
            assertEquals("at least 40", value(atLeast, "quantityText"));
            Event asMany = one(article().sentence("Iran delivered as many as 300 drones to Russia.")
                    .mention("Iran", "LOC", "Q794").mention("Russia", "LOC", "Q159"), "Supply");
            assertEquals("300", value(asMany, "quantity"));
            assertEquals("atMost", value(asMany, "quantityBound"));
            Event noMore = one(article().sentence("Chile sold no more than 12 helicopters to Peru.")
                    .mention("Chile", "LOC", "Q298").mention("Peru", "LOC", "Q419"), "Supply");
            assertEquals("atMost", value(noMore, "quantityBound"));
            assertEquals("no more than 12", value(noMore, "quantityText"));
            Event nearly = one(article().sentence("Denmark provided nearly $70 million in new assistance to "
                    + "Georgia.").mention("Denmark", "LOC", "Q35").mention("Georgia", "LOC", "Q230"), "Supply");
            assertEquals("70000000", value(nearly, "quantity"));
            assertEquals("USD", value(nearly, "currency"));
            assertEquals("about", value(nearly, "quantityBound"));
            assertEquals("nearly $70 million", value(nearly, "quantityText"));
        }

        @Test
        void aNewItemKeepsItsAdjectiveButAFurtherOneDoesNot() {
            Event fresh = one(article().sentence("Denmark provided $70 million in new assistance to Georgia.")
                    .mention("Denmark", "LOC", "Q35").mention("Georgia", "LOC", "Q230"), "Supply");
            assertEquals("new assistance", value(fresh, "item"));
            Event further = one(article().sentence("Norway sent additional ammunition to Estonia.")
                    .mention("Norway", "LOC", "Q20").mention("Estonia", "LOC", "Q191"), "Supply");
            assertEquals("ammunition", value(further, "item"));
        }

        @Test
        void goodsThatBeginAForceAreTheForce() {
            ArticleFixture carrier = article().sentence("Canada sent an aircraft carrier to Latvia.")
                    .mention("Canada", "LOC", "Q16").mention("Latvia", "LOC", "Q211");
            none(carrier, "Supply");
            assertEquals("aircraft carrier", value(one(carrier, "Deployment"), "forceType"));
        }

        @Test
        void aRecipientBeforeGoodsWithModifiersAndATypeNameIsTheRecipient() {
            Event e = one(article().sentence("Canada has given Latvia long-range Storm Shadow missiles.")
                    .mention("Canada", "LOC", "Q16").mention("Latvia", "LOC", "Q211"), "Supply");
            assertEquals("Q211", qid(e, "recipient"));
            assertEquals("missiles", value(e, "item"));
            Event counted = one(article().sentence("Canada gave Latvia more than 20 F-16 jets.")
                    .mention("Canada", "LOC", "Q16").mention("Latvia", "LOC", "Q211"), "Supply");
            assertEquals("Q211", qid(counted, "recipient"));
            assertEquals("20", value(counted, "quantity"));
            // a place the goods come from or go through is no recipient
            Event via = one(article().sentence("Canada shipped tanks via Latvia to Estonia.")
                    .mention("Canada", "LOC", "Q16").mention("Latvia", "LOC", "Q211")
                    .mention("Estonia", "LOC", "Q191"), "Supply");
            assertEquals("Q191", qid(via, "recipient"));
        }

        @Test
        void aTypeNameBetweenTheCountAndTheGoodsKeepsTheCount() {
            Event tanks = one(article().sentence("Germany delivered 18 Leopard tanks to Ukraine.")
                    .mention("Germany", "LOC", "Q183").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertEquals("tanks", value(tanks, "item"));
            assertEquals("18", value(tanks, "quantity"));
            assertEquals("18", value(tanks, "quantityText"));
            Event jets = one(article().sentence("The Netherlands sent 24 F-16 jets to Ukraine.")
                    .mention("Netherlands", "LOC", "Q55").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertEquals("24", value(jets, "quantity"));
        }

        @Test
        void aMillionAndMillionsOfAreQuantities() {
            Event one = one(article().sentence("North Korea shipped more than a million shells to Russia.")
                    .mention("North Korea", "LOC", "Q423").mention("Russia", "LOC", "Q159"), "Supply");
            assertEquals("1000000", value(one, "quantity"));
            assertEquals("atLeast", value(one, "quantityBound"));
            assertEquals("more than a million", value(one, "quantityText"));
            Event many = one(article().sentence("North Korea shipped millions of shells to Russia.")
                    .mention("North Korea", "LOC", "Q423").mention("Russia", "LOC", "Q159"), "Supply");
            assertEquals("2000000", value(many, "quantity"));
            assertEquals("atLeast", value(many, "quantityBound"));
            assertEquals("millions", value(many, "quantityText"));
            Event hundreds = one(article().sentence("Italy sent hundreds of tanks to Chad.")
                    .mention("Italy", "LOC", "Q38").mention("Chad", "LOC", "Q657"), "Supply");
            assertEquals("200", value(hundreds, "quantity"));
            assertEquals("atLeast", value(hundreds, "quantityBound"));
        }

        @Test
        void rangesAlternativesAndVagueAmountsGiveNoQuantity() {
            for (String sentence : List.of("Italy sent between 100 and 200 tanks to Chad.",
                    "Italy sent 20 or 30 tanks to Chad.", "Italy sent some tanks to Chad.",
                    "Italy sent F-16 jets to Chad.", "Italy sent Leopard tanks to Chad.", "Italy sent about A$12 million in aid to Chad.",
                    // "over" may be a verb's particle ("handed over 300 tanks"), so it is no hedge
                    "Italy sent over 300 tanks to Chad.")) {
                Event e = one(article().sentence(sentence).mention("Italy", "LOC", "Q38")
                        .mention("Chad", "LOC", "Q657"), "Supply");
                assertEquals(null, value(e, "quantity"), sentence);
                assertEquals(null, value(e, "quantityText"), sentence);
                assertEquals(null, value(e, "quantityBound"), sentence);
                assertEquals(null, value(e, "currency"), sentence);
            }
        }

        @Test
        void aSumInAnotherDollarIsNoQuantityInUsDollars() {
            Event e = one(article().sentence("Australia provided A$12 million in aid to Fiji.")
                    .mention("Australia", "LOC", "Q408").mention("Fiji", "LOC", "Q712"), "Supply");
            assertEquals(null, e.first("quantity").orElse(null));
        }

        @Test
        void unpledgedOrDeniedMoneyAndPledgedBackingAreNoSupply() {
            none(article().sentence("Italy may pledge $30 million in aid to Libya.")
                    .mention("Italy", "LOC", "Q38").mention("Libya", "LOC", "Q1016"), "Supply");
            none(article().sentence("Spain did not send $10 million in aid to Chad.")
                    .mention("Spain", "LOC", "Q29").mention("Chad", "LOC", "Q657"), "Supply");
            none(article().sentence("Portugal refused to pledge $5 million in aid to Angola.")
                    .mention("Portugal", "LOC", "Q45").mention("Angola", "LOC", "Q916"), "Supply");
            none(article().sentence("Greece pledged its support to Cyprus.")
                    .mention("Greece", "LOC", "Q41").mention("Cyprus", "LOC", "Q229"), "Supply");
        }

        @Test
        void aRecipientThatReceivedOrBoughtGoodsFromASupplierIsTheSubject() {
            Event got = one(article().sentence("Ukraine received 24 fighter jets from the Netherlands in May.")
                    .mention("Ukraine", "LOC", "Q212").mention("Netherlands", "LOC", "Q55"), "Supply");
            assertEquals("Q55", qid(got, "supplier"));
            assertEquals("Q212", qid(got, "recipient"));
            assertEquals("24", value(got, "quantity"));
            Event bought = one(article().sentence("Russia has bought thousands of drones from Iran.")
                    .mention("Russia", "LOC", "Q159").mention("Iran", "LOC", "Q794"), "Supply");
            assertEquals("Q794", qid(bought, "supplier"));
            assertEquals("Q159", qid(bought, "recipient"));
            assertEquals("drones", value(bought, "item"));
            Event imported = one(article().sentence("India imported crude oil from Russia last year.")
                    .mention("India", "LOC", "Q668").mention("Russia", "LOC", "Q159"), "Supply");
            assertEquals("Q159", qid(imported, "supplier"));
            assertEquals("Q668", qid(imported, "recipient"));
        }

        @Test
        void receivingWithoutANamedSupplierOrDeniedOrWantedIsNoSupply() {
            // who handed the goods over is not said: no supply, rather than one with the recipient as supplier
            none(article().sentence("Ukraine received 24 fighter jets in May.").mention("Ukraine", "LOC", "Q212"),
                    "Supply");
            none(article().sentence("Iran denied buying missiles from Russia.")
                    .mention("Iran", "LOC", "Q794").mention("Russia", "LOC", "Q159"), "Supply");
            none(article().sentence("Serbia plans to buy drones from China.")
                    .mention("Serbia", "LOC", "Q403").mention("China", "LOC", "Q148"), "Supply");
            none(article().sentence("Drones were bought from Iran.").mention("Iran", "LOC", "Q794"), "Supply");
        }

        @Test
        void deniedOrHypotheticalSuppliesAreNone() {
            none(article().sentence("France did not provide Ukraine with missiles.")
                    .mention("France", "LOC", "Q142").mention("Ukraine", "LOC", "Q212"), "Supply");
            none(article().sentence("Berlin would deliver drones to Kyiv.")
                    .mention("Berlin", "LOC", "Q64").mention("Kyiv", "LOC", "Q1899"), "Supply");
            none(article().sentence("Russia denied supplying weapons to Iran.")
                    .mention("Russia", "LOC", "Q159").mention("Iran", "LOC", "Q794"), "Supply");
            none(article().sentence("Officials accused China of providing drones to Russia.")
                    .mention("China", "LOC", "Q148").mention("Russia", "LOC", "Q159"), "Supply");
        }
    }

    @Nested
    class Roles {
        @Test
        void aNationalityAndTitleBeforeANameGiveARole() {
            Event e = one(article().sentence("French Foreign Minister Jean Dupont arrived in Berlin.")
                    .mention("French", "NORP", "Q142").mention("Jean Dupont", "PER").mention("Berlin", "LOC", "Q64"),
                    "Role");
            assertEquals("Jean Dupont", value(e, "person"));
            assertEquals("Foreign Minister", value(e, "position"));
            assertEquals("Q142", qid(e, "affiliation"));
        }

        @Test
        void aPortfolioOfInformationOrCultureIsPartOfTheTitle() {
            for (String portfolio : java.util.List.of("Information", "Culture", "Agriculture", "Transport")) {
                Event e = one(article().sentence("French " + portfolio + " Minister Jean Dupont arrived in Berlin.")
                        .mention("French", "NORP", "Q142").mention("Jean Dupont", "PER")
                        .mention("Berlin", "LOC", "Q64"), "Role");
                assertEquals(portfolio + " Minister", value(e, "position"));
                assertEquals("Q142", qid(e, "affiliation"));
            }
        }

        @Test
        void aCrownPrinceIsTheWholeTitle() {
            Event e = one(article().sentence("Jordanian Crown Prince Omar Talal arrived in Amman.")
                    .mention("Jordanian", "NORP", "Q810").mention("Omar Talal", "PER").mention("Amman", "LOC", "Q3805"),
                    "Role");
            assertEquals("Crown Prince", value(e, "position"));
            assertEquals("Q810", qid(e, "affiliation"));
        }

        @Test
        void aMinistryTitleKeepsItsAffairsWord() {
            Event e = one(article().sentence("Italian Minister of Foreign Affairs Marco Rossi landed in Rome.")
                    .mention("Italian", "NORP", "Q38").mention("Marco Rossi", "PER").mention("Rome", "LOC", "Q220"),
                    "Role");
            assertEquals("Minister of Foreign Affairs", value(e, "position"));
            assertEquals("Q38", qid(e, "affiliation"));
        }

        @Test
        void aTitleOfTheOfficeOfANamedPersonIsNotThatPersonsTitle() {
            List<Event> found = events(article().sentence("She was a deputy head of President Anna Berg's office.")
                    .mention("Anna Berg", "PER"), "Role");
            assertEquals(1, found.size(), found.toString());
            assertEquals("President", value(found.get(0), "position"));
            List<Event> adviser = events(article().sentence("He served as chief adviser to Prime Minister Jan Holm.")
                    .mention("Jan Holm", "PER"), "Role");
            assertEquals(1, adviser.size(), adviser.toString());
            assertEquals("Prime Minister", value(adviser.get(0), "position"));
        }

        @Test
        void anAppositionAfterTheNameGivesARole() {
            Event e = one(article().sentence("Anna Kowalski, head of Polish military intelligence, spoke on Friday.")
                    .mention("Anna Kowalski", "PER").mention("Polish", "NORP", "Q36"), "Role");
            assertEquals("head of military intelligence", value(e, "position"));
            assertEquals("Q36", qid(e, "affiliation"));
        }

        @Test
        void aFormerTitleStaysFormerWithTheNationalityBetween() {
            Event e = one(article().sentence("Former Polish president Anna Kowalski said she had no regrets.")
                    .mention("Polish", "NORP", "Q36").mention("Anna Kowalski", "PER"), "Role");
            assertEquals("Former president", value(e, "position"));
            Event plain = one(article().sentence("Polish president Anna Kowalski said she had no regrets.")
                    .mention("Polish", "NORP", "Q36").mention("Anna Kowalski", "PER"), "Role");
            assertEquals("president", value(plain, "position"));
        }

        @Test
        void aTimeAfterTheTitleIsNoPartOfThePosition() {
            Event e = one(article().sentence("Ivan Petrov, Russia's foreign minister since 2004, met Marco Rossi.")
                    .mention("Ivan Petrov", "PER").mention("Russia", "LOC", "Q159").mention("Marco Rossi", "PER"),
                    "Role");
            assertEquals("foreign minister", value(e, "position"));
            assertEquals("Q159", qid(e, "affiliation"));
            Event until = one(article().sentence("Anna Kowalski, head of Polish military intelligence until 2019, "
                    + "spoke on Friday.").mention("Anna Kowalski", "PER").mention("Polish", "NORP", "Q36"), "Role");
            assertEquals("head of military intelligence", value(until, "position"));
        }

        @Test
        void thePresidentOfACountryIsARole() {
            Event e = one(article().sentence("Marco Rossi, the president of Italy, opened the session.")
                    .mention("Marco Rossi", "PER").mention("Italy", "LOC", "Q38"), "Role");
            assertEquals("president", value(e, "position"));
            assertEquals("Q38", qid(e, "affiliation"));
        }

        @Test
        void aPossessiveCountryBeforeTheTitleIsTheAffiliation() {
            Event e = one(article().sentence("Russia's defence minister Ivan Petrov flew home.")
                    .mention("Russia", "LOC", "Q159").mention("Ivan Petrov", "PER"), "Role");
            assertEquals("defence minister", value(e, "position"));
            assertEquals("Q159", qid(e, "affiliation"));
        }

        @Test
        void aTitleWithoutCountryStillNamesThePosition() {
            Event e = one(article().sentence("Secretary of State Mary Jones met reporters.")
                    .mention("Mary Jones", "PER"), "Role");
            assertEquals("Secretary of State", value(e, "position"));
            assertTrue(e.first("affiliation").isEmpty());
        }

        @Test
        void aStateOfficeWithoutCountryIsHeldForTheNamedStateOfTheHoldersCitizenship() {
            Event e = one(article().sentence("Canada will host the summit.").mention("Canada", "LOC", "Q16")
                    .sentence("Prime Minister Justin Trudeau announced the dates.")
                    .mention("Justin Trudeau", "PER", "Q3099714"), "Role");
            assertEquals("Prime Minister", value(e, "position"));
            assertEquals("Q16", qid(e, "affiliation"));
        }

        @Test
        void citizenshipGivesNoAffiliationUnlessTheArticleNamesTheStateAndTheTitleIsAStateOffice() {
            Event unnamed = one(article().sentence("Prime Minister Justin Trudeau announced the dates.")
                    .mention("Justin Trudeau", "PER", "Q3099714"), "Role");
            assertTrue(unnamed.first("affiliation").isEmpty());
            Event other = one(article().sentence("France will host the summit.").mention("France", "LOC", "Q142")
                    .sentence("Prime Minister Justin Trudeau announced the dates.")
                    .mention("Justin Trudeau", "PER", "Q3099714"), "Role");
            assertTrue(other.first("affiliation").isEmpty());
            Event notOffice = one(article().sentence("Canada will host the summit.").mention("Canada", "LOC", "Q16")
                    .sentence("Its spokesman Justin Trudeau announced the dates.")
                    .mention("Justin Trudeau", "PER", "Q3099714"), "Role");
            assertTrue(notOffice.first("affiliation").isEmpty());
            Event unlinked = one(article().sentence("Canada will host the summit.").mention("Canada", "LOC", "Q16")
                    .sentence("Prime Minister Anne Roy announced the dates.").mention("Anne Roy", "PER"), "Role");
            assertTrue(unlinked.first("affiliation").isEmpty());
        }

        @Test
        void aMinistryTitleIsHeldForTheHoldersStateEvenWhenTheArticleDoesNotNameIt() {
            Event defence = one(article().sentence("Defence Minister Justin Trudeau announced the dates.")
                    .mention("Justin Trudeau", "PER", "Q3099714"), "Role");
            assertEquals("Q16", qid(defence, "affiliation"));
            Event finance = one(article().sentence("Secretary of the Treasury Justin Trudeau announced the dates.")
                    .mention("Justin Trudeau", "PER", "Q3099714"), "Role");
            assertEquals("Secretary of the Treasury", value(finance, "position"));
            assertEquals("Q16", qid(finance, "affiliation"));
        }

        @Test
        void aTitleNamingNoMinistryNeedsTheStateNamedAndAnUnlinkedHolderHasNone() {
            Event general = one(article().sentence("Secretary General Justin Trudeau announced the dates.")
                    .mention("Justin Trudeau", "PER", "Q3099714"), "Role");
            assertTrue(general.first("affiliation").isEmpty());
            Event unlinked = one(article().sentence("Defence Minister Anne Roy announced the dates.")
                    .mention("Anne Roy", "PER"), "Role");
            assertTrue(unlinked.first("affiliation").isEmpty());
        }

        @Test
        void aBodyNamedAfterTheTitleInTheAppositionIsTheAffiliation() {
            Event e = one(article().sentence("\"We are ready,\" said Lena Varga, commander, Northern Training Command.")
                    .mention("Lena Varga", "PER").mention("Northern Training Command", "ORG"), "Role");
            assertEquals("commander", value(e, "position"));
            assertEquals("Northern Training Command", value(e, "affiliation"));
            Event comma = one(article().sentence("Lena Varga, commander, Northern Training Command, said so.")
                    .mention("Lena Varga", "PER").mention("Northern Training Command", "ORG"), "Role");
            assertEquals("Northern Training Command", value(comma, "affiliation"));
        }

        @Test
        void aNameAfterTheTitleThatGoesOnIntoTheSentenceIsNoAffiliation() {
            Event verb = one(article().sentence("Lena Varga, commander, Northern Training Command said.")
                    .mention("Lena Varga", "PER").mention("Northern Training Command", "ORG"), "Role");
            assertEquals("commander", value(verb, "position"));
            assertTrue(verb.first("affiliation").isEmpty());
            Event list = one(article().sentence("Lena Varga, commander, Tom Berg and NATO met.")
                    .mention("Lena Varga", "PER").mention("Tom Berg", "PER").mention("NATO", "ORG"), "Role");
            assertTrue(list.first("affiliation").isEmpty());
            Event listed = one(article().sentence("The forum met Lena Varga, adviser, Acme, Globex and Initech.")
                    .mention("Lena Varga", "PER").mention("Acme", "ORG").mention("Globex", "ORG")
                    .mention("Initech", "ORG"), "Role");
            assertTrue(listed.first("affiliation").isEmpty());
            Event place = one(article().sentence("Lena Varga, commander, Berlin.")
                    .mention("Lena Varga", "PER").mention("Berlin", "LOC", "Q64"), "Role");
            assertTrue(place.first("affiliation").isEmpty());
        }

        @Test
        void aTitleEndsAtItsLastTitleWordWhenTheNameIsCutShort() {
            Event e = one(article().sentence("Yesterday President Joe Biden spoke.").mention("Biden", "PER"), "Role");
            assertEquals("President", value(e, "position"));
        }

        @Test
        void aCounterpartOrAnAgeIsNoPosition() {
            none(article().sentence("Tom Berg met his Italian counterpart Luca Bianchi.")
                    .mention("Tom Berg", "PER").mention("Italian", "NORP", "Q38").mention("Luca Bianchi", "PER"),
                    "Role");
            none(article().sentence("Kim Lee, 45, said the plan was sound.").mention("Kim Lee", "PER"), "Role");
        }
    }

    @Nested
    class Visits {
        @Test
        void aPlaceNamedAfterTownOrCityOfIsTheDestination() {
            Event city = one(article().sentence("Anna Roy visited the Ukrainian city of Kharkiv on Monday.")
                    .mention("Anna Roy", "PER").mention("Ukrainian", "NORP", "Q212")
                    .mention("Kharkiv", "LOC", "Q42308"), "Visit");
            assertEquals("Q42308", qid(city, "destination"));
            Event port = one(article().sentence("Anna Roy travelled to the port city of Odesa.")
                    .mention("Anna Roy", "PER").mention("Odesa", "LOC", "Q1874"), "Visit");
            assertEquals("Q1874", qid(port, "destination"));
        }

        @Test
        void aVisitOnADayWithoutItsYearIsThatDayNotAnotherVisitsRange() {
            List<Event> visits = events(ArticleFixture.published(null)
                    .sentence("Anna Roy visited Armenia on 2 May and Azerbaijan from 3-4 May 2019.")
                    .mention("Anna Roy", "PER").mention("Armenia", "LOC", "Q399")
                    .mention("Azerbaijan", "LOC", "Q227"), "Visit");
            Event armenia = visits.stream().filter(e -> "Q399".equals(qid(e, "destination"))).findFirst()
                    .orElseThrow(() -> new AssertionError(visits.toString()));
            assertEquals("2019-05-02", value(armenia, "date"));
            assertTrue(armenia.first("dateText").isEmpty());
        }

        @Test
        void aDayIsAStaysLengthOnlyWhenTheNextPlacesOwnDaysFollow() {
            // "visited A on 2 May and B from 3-4 May" gives A one day (EventDetailsTest); one place on one day says
            // when the visit was, not how long it lasted
            Event alone = one(article().sentence("Anna Roy visited Armenia on 2 May.")
                    .mention("Anna Roy", "PER").mention("Armenia", "LOC", "Q399"), "Visit");
            assertTrue(alone.first("duration").isEmpty());
            // a month before the next place bounds nothing to a day
            List<Event> months = events(article().sentence("Anna Roy visited Armenia in May and Azerbaijan in June.")
                    .mention("Anna Roy", "PER").mention("Armenia", "LOC", "Q399")
                    .mention("Azerbaijan", "LOC", "Q227"), "Visit");
            assertTrue(months.stream().allMatch(e -> e.first("duration").isEmpty()), months.toString());
        }

        @Test
        void aDurationVisitWithADateAndRole() {
            ArticleFixture a = article().sentence("Turkish President Ali Demir began a two-day visit to Tashkent on "
                    + "Monday.").mention("Turkish", "NORP", "Q43").mention("Ali Demir", "PER")
                    .mention("Tashkent", "LOC", "Q269");
            Event e = one(a, "Visit");
            assertEquals("Ali Demir", value(e, "visitor"));
            assertEquals("Q269", qid(e, "destination"));
            assertEquals("P2D", value(e, "duration"));
            assertEquals("duration", datatype(e, "duration"));
            assertEquals("2025-07-07", value(e, "date"));
            assertEquals("President", value(one(a, "Role"), "position"));
        }

        @Test
        void aPronounVisitorIsTheNearestPersonBefore() {
            Event e = one(article().sentence("Jean Dupont said the talks went well as he started a three-day visit "
                    + "to Beijing.").mention("Jean Dupont", "PER").mention("Beijing", "LOC", "Q956"), "Visit");
            assertEquals("Jean Dupont", value(e, "visitor"));
            assertEquals("Q956", qid(e, "destination"), "a destination stays the city");
            assertEquals("P3D", value(e, "duration"));
        }

        @Test
        void aHostIsTakenFromHostedBy() {
            Event e = one(article().sentence("Jean Dupont travelled to Ottawa, where he was hosted by John Smith.")
                    .mention("Jean Dupont", "PER").mention("Ottawa", "LOC", "Q1930").mention("John Smith", "PER"),
                    "Visit");
            assertEquals("Jean Dupont", value(e, "visitor"));
            assertEquals("John Smith", value(e, "host"));
        }

        @Test
        void aVisitedPlaceAndAPossessiveVisit() {
            Event e = one(article().sentence("Maria Lopez visited Tehran last week.")
                    .mention("Maria Lopez", "PER").mention("Tehran", "LOC", "Q3616"), "Visit");
            assertEquals("Q3616", qid(e, "destination"));
            Event p = one(article().sentence("Maria Lopez's visit to Seoul ended on Friday.")
                    .mention("Maria Lopez", "PER").mention("Seoul", "LOC", "Q8684"), "Visit");
            assertEquals("Maria Lopez", value(p, "visitor"));
        }

        @Test
        void deniedOrPossibleVisitsAreNone() {
            none(article().sentence("Jean Dupont did not travel to Beijing.")
                    .mention("Jean Dupont", "PER").mention("Beijing", "LOC", "Q956"), "Visit");
            none(article().sentence("Maria Lopez may visit Seoul next month.")
                    .mention("Maria Lopez", "PER").mention("Seoul", "LOC", "Q8684"), "Visit");
            none(article().sentence("Maria Lopez plans to visit Seoul.")
                    .mention("Maria Lopez", "PER").mention("Seoul", "LOC", "Q8684"), "Visit");
        }
    }

    @Nested
    class Articles {
        @Test
        void coordinatedRecipientsGiveOneSupplyEach() {
            List<Event> found = events(article().sentence("Germany delivered helmets to Poland and Italy.")
                    .mention("Germany", "LOC", "Q183").mention("Poland", "LOC", "Q36").mention("Italy", "LOC", "Q38"),
                    "Supply");
            assertEquals(Set.of("Q36", "Q38"),
                    found.stream().map(e -> qid(e, "recipient")).collect(Collectors.toSet()));
        }

        @Test
        void aNationalityBeforeAGroupNounIsNotItsState() {
            Event e = one(article().sentence("France sent medicine to Syrian refugees.")
                    .mention("France", "LOC", "Q142").mention("Syrian", "NORP", "Q858"), "Supply");
            assertTrue(e.first("recipient").isEmpty(), e.toString());
        }

        @Test
        void aCityAndItsCountryAreOneDestination() {
            Event e = one(article().sentence("Maria Lopez travelled to Berlin, Germany.")
                    .mention("Maria Lopez", "PER").mention("Berlin", "LOC", "Q64").mention("Germany", "LOC", "Q183"),
                    "Visit");
            assertEquals("Q64", qid(e, "destination"));
        }

        @Test
        void aRestatementMergesIntoTheFullerEvent() {
            Event e = one(article().sentence("Iran signed an agreement with China.")
                    .mention("Iran", "LOC", "Q794").mention("China", "LOC", "Q148")
                    .sentence("Iran signed a trade agreement with China in 2021.")
                    .mention("Iran", "LOC", "Q794").mention("China", "LOC", "Q148"), "Treaty");
            assertEquals("trade agreement", value(e, "treatyName"));
            assertEquals("2021", value(e, "date"));
        }

        @Test
        void aDateInAnotherClauseDoesNotDateTheEvent() {
            Event e = one(article().sentence("Canada provided helmets to Ukraine, adding to aid given since 2014.")
                    .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212"), "Supply");
            assertTrue(e.first("date").isEmpty(), e.toString());
        }

        @Test
        void aHeadlineRunIntoTheTextLendsNoAffiliation() {
            Event e = one(article().sentence("Talks in Germany\n\nSpecial Envoy Tom Berg will travel to Rome.")
                    .mention("Germany", "LOC", "Q183").mention("Tom Berg", "PER").mention("Rome", "LOC", "Q220"),
                    "Role");
            assertTrue(e.first("affiliation").isEmpty(), e.toString());
        }
    }

    @Nested
    class Quiet {
        @Test
        void triggersWithoutTheirArgumentsGiveNothing() {
            List<Event> found = EXTRACTOR.extract(article()
                    .sentence("The treaty signed in 1953 remains in force.")
                    .sentence("Russia sent a warning to Ukraine.")
                    .mention("Russia", "LOC", "Q159").mention("Ukraine", "LOC", "Q212")
                    .sentence("He said the visit was productive.")
                    .sentence("Analysts visited the website of the ministry.").build());
            assertTrue(found.isEmpty(), found.toString());
        }

        @Test
        void morePlannedForNextYearStillCountsWhenAnnounced() {
            Event e = one(article().sentence("The United States will send 1,000 more troops to Poland next year.")
                    .mention("United States", "LOC", "Q30").mention("Poland", "LOC", "Q36"), "Deployment");
            assertEquals("1000", value(e, "size"));
            assertEquals("2026", value(e, "date"));
        }

        @Test
        void aSupplyWithAnExplicitYear() {
            Event e = one(article().sentence("Russia supplied Syria with weapons in 2015.")
                    .mention("Russia", "LOC", "Q159").mention("Syria", "LOC", "Q858"), "Supply");
            assertEquals("Q858", qid(e, "recipient"));
            assertEquals("weapons", value(e, "item"));
            assertEquals("2015", value(e, "date"));
        }
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        List<Event> found = EXTRACTOR.extract(ArticleFixture.published(null)
                .sentence("Iran signed a trade agreement with China last year.")
                .mention("Iran", "LOC", "Q794").mention("China", "LOC", "Q148").build());
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).first("date").isEmpty());
    }

    @Test
    void sharesOneInstanceBetweenThreads() throws Exception {
        LinkedArticle a = article().sentence("Canada provided Ukraine with 12,000 helmets.")
                .mention("Canada", "LOC", "Q16").mention("Ukraine", "LOC", "Q212").build();
        List<Event> expected = EXTRACTOR.extract(a);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Event>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) runs.add(pool.submit(() -> EXTRACTOR.extract(a)));
            for (Future<List<Event>> run : runs) assertEquals(expected, run.get());
        } finally {
            pool.shutdown();
        }
    }
}
