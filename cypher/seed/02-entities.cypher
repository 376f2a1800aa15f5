// Tracegraph seed, file 2 of 3: Person, Organisation, Event and Place nodes
// from the article by Karl Rahder (Foreign Policy Blogs, March 2012).
// Every node: Entity plus exactly one of Person, Organisation, Event, Place,
// id (slug), name, aliases (list), description. Organisations, events and places carry kind,
// events carry date or startDate and endDate (partial ISO), and dateApprox when inferred.
// Unnamed people and groups the article mentions are modelled too. See cypher/MODEL.md.
//
// One row per node, loaded by the statement at the end of the file (MERGE on id, so it can run again).

UNWIND [
  // ---- People
  {id: 'khadija-ismayilova', label: 'Person', properties: {name: 'Khadija Ismayilova', aliases: ['Xədicə İsmayılova', 'Khadija Ismailova', 'Khadija Ismayil', 'Khadija Ismayilov'], description: 'Well-known correspondent and, in the author’s words, an extraordinarily courageous journalist, who says she will keep publishing her investigations. Target of a blackmail video released by a web site in Azerbaijan in March 2012. The article does not name her employer.'}},

  {id: 'ruslan-bashirli', label: 'Person', properties: {name: 'Ruslan Bashirli', aliases: ['Ruslan Bəşirli', 'Ruslan Bashirly', 'Ruslan Beshirli'], description: 'Founding member of the youth group Yeni Fekir (New Idea), arrested in 2005 along with two co-defendants and convicted in a sensational trial in 2006 for plotting to overthrow the government. In March 2012 he was reported to have written to President Aliyev asking for a pardon, and the author’s anonymous source said his release was imminent.'}},

  {id: 'elnur-israfilov', label: 'Person', properties: {name: 'Elnur Israfilov', aliases: ['Elnur İsrafilov'], description: 'A young man convicted for his participation in “the April demonstrations” (April 2011, inferred). A letter supposedly written by him blames his uncle Mammad Ibrahimli.'}},

  {id: 'mammad-ibrahimli', label: 'Person', properties: {name: 'Mammad Ibrahimli', aliases: ['Məmməd İbrahimli', 'Mamed Ibragimli', 'Mammad Ibragimli'], description: 'Uncle of Elnur Israfilov, blamed in the letter supposedly written by Israfilov. He told the author via Skype that the letter read as if dictated or authored by someone else, and alleged that Eynullah Fatullayev had convinced Israfilov to write it.'}},

  {id: 'eynullah-fatullayev', label: 'Person', properties: {name: 'Eynullah Fatullayev', aliases: ['Eynulla Fətullayev', 'Eynulla Fatullayev', 'Eynullah Fatulayev', 'Eynulla Fatulayev'], description: 'Journalist and former political prisoner. Mammad Ibrahimli alleges that he convinced Elnur Israfilov to write his letter.'}},

  {id: 'ilham-aliyev', label: 'Person', properties: {name: 'Ilham Aliyev', aliases: ['İlham Əliyev', 'Ilham Aliev'], description: 'President of Azerbaijan, “President Aliyev” in the article (his first name is general knowledge, not in the text). Addressee of Bashirli’s purported letter asking for a pardon. Rumoured, by the author’s anonymous source, to have signed a release order for political prisoners.'}},

  {id: 'karl-rahder', label: 'Person', properties: {name: 'Karl Rahder', aliases: [], description: 'Author of the article and a friend of Khadija Ismayilova. Has written on the South Caucasus for ISN, teaches international relations at times, and has observed elections for the OSCE and Democracy International.'}},

  {id: 'dragan-milojevic', label: 'Person', properties: {name: 'Dragan Milojevic', aliases: ['Dragan Milojević'], description: 'Named, with RFE/RL, in the credit line of the article’s photo of Khadija Ismayilova. The article says nothing else about him.'}},

  {id: 'yeni-musavat-editor', label: 'Person', properties: {name: 'Editor of Yeni Musavat (unnamed)', aliases: [], description: 'Unnamed editor of the Musavat party newspaper Yeni Musavat who, according to Turan News Agency, says the site that posted the video has no relation to his newspaper or the party.'}},

  {id: 'azeri-opposition-source', label: 'Person', properties: {name: 'Anonymous Azeri source close to the opposition', aliases: [], description: 'Unnamed source of the author, “an Azeri source close to the opposition”, who says President Aliyev is about to release political prisoners and has already signed the release order, and that Bashirli’s family have traveled to Baku. The author treats this as rumour.'}},

  {id: 'bashirli-co-defendant-1', label: 'Person', properties: {name: 'Co-defendant of Ruslan Bashirli (unnamed, 1 of 2)', aliases: [], description: 'One of two unnamed co-defendants arrested with Ruslan Bashirli in 2005.'}},

  {id: 'bashirli-co-defendant-2', label: 'Person', properties: {name: 'Co-defendant of Ruslan Bashirli (unnamed, 2 of 2)', aliases: [], description: 'One of two unnamed co-defendants arrested with Ruslan Bashirli in 2005.'}},

  // ---- Organisations and groups

  {id: 'musavat', label: 'Organisation', properties: {name: 'Musavat', aliases: ['Müsavat', 'Musavat party', 'Müsavat Partiyası'], description: 'Azerbaijan’s opposition Musavat party (the article translates the name as Equality). Yeni Musavat is its party newspaper.', kind: 'party'}},

  {id: 'yeni-musavat', label: 'Organisation', properties: {name: 'Yeni Musavat', aliases: ['Yeni Müsavat', 'New Musavat'], description: 'Newspaper of the Musavat party. Its editor says the site that posted the video has no relation to the newspaper or the party.', kind: 'newspaper'}},

  {id: 'yeni-fekir', label: 'Organisation', properties: {name: 'Yeni Fekir', aliases: ['Yeni Fikir', 'Yeni Fekir youth group', 'New Idea youth group'], description: 'Youth group (the article translates the name as New Idea) of which Ruslan Bashirli was a founding member.', kind: 'youth group'}},

  {id: 'ndi', label: 'Organisation', properties: {name: 'National Democratic Institute', aliases: ['NDI', 'National Democratic Institute for International Affairs'], description: 'Organisation that Ruslan Bashirli, in footage used as the key evidence against him, appeared to be bragging he was working with to overthrow President Aliyev’s government. No one in the article accuses NDI itself.', kind: 'NGO'}},

  {id: 'rfe-rl', label: 'Organisation', properties: {name: 'Radio Free Europe/Radio Liberty', aliases: ['RFE/RL', 'Radio Liberty', 'Radio Azadliq', 'Radio Azadlıq', 'Azadlıq Radiosu'], description: 'Broadcaster whose article quotes Khadija Ismayilova’s statement and says the URL of the site that posted the video “falsely suggests” a connection with Musavat. Named in the credit line of the article’s photo.', kind: 'broadcaster'}},

  {id: 'turan-news-agency', label: 'Organisation', properties: {name: 'Turan News Agency', aliases: ['Turan Information Agency', 'Turan İnformasiya Agentliyi'], description: 'News agency in Baku. It reports that the editor of Yeni Musavat says the site that posted the video has no relation to his newspaper or the party.', kind: 'news agency'}},

  {id: 'ans-tv', label: 'Organisation', properties: {name: 'ANS TV', aliases: [], description: 'Television channel, pro-government in the author’s words, that was “playing up the Bashirli story” on the day of the article.', kind: 'broadcaster'}},

  {id: 'blackmail-video-website', label: 'Organisation', properties: {name: 'Unnamed web site that posted the blackmail video', aliases: [], description: 'Web site in Azerbaijan that released the blackmail video involving Khadija Ismayilova. According to RFE/RL its URL falsely suggests a connection with the Musavat party, and the editor of Yeni Musavat says it has no relation to the newspaper or the party.', kind: 'website'}},

  {id: 'foreign-policy-blogs', label: 'Organisation', properties: {name: 'Foreign Policy Blogs', aliases: [], description: 'Site that published Karl Rahder’s article.', kind: 'website'}},

  {id: 'isn', label: 'Organisation', properties: {name: 'ISN', aliases: ['International Relations and Security Network'], description: 'ISN, for which Karl Rahder works on stories. Its sites ISN Security Watch and ISN Insights are run by the Swiss government, per the article. The expansion of the name is general knowledge.', kind: 'publisher'}},

  {id: 'isn-security-watch', label: 'Organisation', properties: {name: 'ISN Security Watch', aliases: [], description: 'News and global affairs site run by the Swiss government (per the article), for which Karl Rahder has written on the South Caucasus.', kind: 'website'}},

  {id: 'isn-insights', label: 'Organisation', properties: {name: 'ISN Insights', aliases: [], description: 'News and global affairs site run by the Swiss government (per the article), for which Karl Rahder has written on the South Caucasus.', kind: 'website'}},

  {id: 'swiss-government', label: 'Organisation', properties: {name: 'Swiss government', aliases: ['Government of Switzerland', 'Swiss federal government'], description: 'Government of Switzerland, which runs the ISN Security Watch and ISN Insights sites according to the article.', kind: 'government'}},

  {id: 'osce', label: 'Organisation', properties: {name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe', 'ATƏT'], description: 'Organization for Security and Co-operation in Europe, for which Karl Rahder has served as an on-call election observer.', kind: 'intergovernmental organisation'}},

  {id: 'democracy-international', label: 'Organisation', properties: {name: 'Democracy International', aliases: [], description: 'Organisation for which Karl Rahder worked as a long-term observer in Afghanistan in 2010.', kind: 'NGO'}},

  {id: 'university-of-chicago', label: 'Organisation', properties: {name: 'University of Chicago', aliases: ['UChicago'], description: 'University in Chicago where Karl Rahder received his MA.', kind: 'university'}},

  {id: 'cep-visiting-faculty-fellowship', label: 'Organisation', properties: {name: 'CEP Visiting Faculty Fellowship', aliases: ['Civic Education Project Visiting Faculty Fellowship'], description: 'Visiting faculty fellowship programme of CEP, on which Karl Rahder first came to the Caucasus in 2004. That CEP is the Civic Education Project is general knowledge, not in the article.', kind: 'fellowship programme'}},

  {id: 'government-of-azerbaijan', label: 'Organisation', properties: {name: 'Government of Azerbaijan', aliases: ['Azerbaijani government', 'Azərbaycan hökuməti'], description: 'The government of Azerbaijan under President Aliyev (“President Aliyev’s government”), which Ruslan Bashirli was convicted of plotting to overthrow.', kind: 'government'}},

  {id: 'azerbaijani-opposition', label: 'Organisation', properties: {name: 'Azerbaijani opposition', aliases: ['Azerbaijan’s opposition'], description: 'The political opposition in Azerbaijan, to which the Musavat party belongs and to which the author’s anonymous source is close.', kind: 'group'}},

  {id: 'bashirli-family', label: 'Organisation', properties: {name: 'Bashirli’s family', aliases: [], description: 'Relatives of Ruslan Bashirli (not named or counted in the article), who according to the author’s source travelled to Baku in anticipation of his release.', kind: 'group'}},

  {id: 'bashirli-associates', label: 'Organisation', properties: {name: 'Bashirli’s associates in the Tbilisi footage', aliases: [], description: 'Unnamed associates to whom the footage used against Ruslan Bashirli appeared to show him bragging, in Tbilisi.', kind: 'group'}},

  {id: 'so-called-armenian-agents', label: 'Organisation', properties: {name: 'So-called “Armenian agents”', aliases: [], description: 'Unnamed people, called “Armenian agents” (the article says “so-called”), to whom the footage used against Ruslan Bashirli appeared to show him bragging, in Tbilisi.', kind: 'group'}},

  {id: 'bashirli-former-allies', label: 'Organisation', properties: {name: 'Bashirli’s former political allies', aliases: [], description: 'Unnamed people the author calls Bashirli’s former political allies, whom Bashirli denounces in his purported letter to President Aliyev.', kind: 'group'}},

  {id: 'powers-that-disliked-aliyev', label: 'Organisation', properties: {name: 'Powers that “disliked you and us”', aliases: ['powers that disliked you and us'], description: 'Unnamed powers that, according to Bashirli’s purported letter, influenced him when he was “hot-tempered”.', kind: 'group'}},

  {id: 'arab-spring-political-prisoners', label: 'Organisation', properties: {name: 'Political prisoners of the 2011 unrest', aliases: [], description: 'Political prisoners who, according to the author’s anonymous source, were arrested and convicted for a variety of charges during Azerbaijan’s “Arab Spring” unrest of 2011 (“last year”), and whose release is rumoured.', kind: 'group'}},

  {id: 'international-press', label: 'Organisation', properties: {name: 'International press', aliases: [], description: 'The international press, whose increasingly negative commentary on Azerbaijan’s human rights situation before Eurovision is, according to the author’s anonymous source, the reason for the urgency of the rumoured release.', kind: 'group'}},

  // ---- Places

  {id: 'azerbaijan', label: 'Place', properties: {name: 'Azerbaijan', aliases: ['Azərbaycan', 'Republic of Azerbaijan', 'Azərbaycan Respublikası'], description: 'Country, the main setting of the article.', kind: 'country'}},

  {id: 'baku', label: 'Place', properties: {name: 'Baku', aliases: ['Bakı'], description: 'City where, per the article, Turan News Agency is based and the Eurovision Song Contest 2012 is to be held. That it is the capital of Azerbaijan is general knowledge.', kind: 'city'}},

  {id: 'tbilisi', label: 'Place', properties: {name: 'Tbilisi', aliases: ['Tiflis'], description: 'City where the footage used against Ruslan Bashirli appeared to show him bragging, and where Karl Rahder has taught. That it is the capital of Georgia is general knowledge; the article does not name Georgia.', kind: 'city'}},


  {id: 'chicago', label: 'Place', properties: {name: 'Chicago', aliases: [], description: 'City where Karl Rahder sometimes teaches international relations, and where the University of Chicago is.', kind: 'city'}},

  {id: 'united-states', label: 'Place', properties: {name: 'United States', aliases: ['USA', 'United States of America'], description: 'Country (“the US”) where Karl Rahder spends part of his time.', kind: 'country'}},

  {id: 'caucasus', label: 'Place', properties: {name: 'Caucasus', aliases: ['the Caucasus', 'Caucasia', 'Qafqaz'], description: 'Region of the former USSR where Karl Rahder spends much of his time and has reported since first coming there in 2004.', kind: 'region'}},

  {id: 'south-caucasus', label: 'Place', properties: {name: 'South Caucasus', aliases: ['Transcaucasia', 'Cənubi Qafqaz'], description: 'Region Karl Rahder has written on for ISN Security Watch and ISN Insights.', kind: 'region'}},

  {id: 'ukraine', label: 'Place', properties: {name: 'Ukraine', aliases: ['Україна'], description: 'Country of the former USSR where Karl Rahder spends part of his time.', kind: 'country'}},

  {id: 'former-ussr', label: 'Place', properties: {name: 'Former USSR', aliases: ['former Soviet Union'], description: 'The states of the former USSR, where Karl Rahder spends part of his time, mostly in the Caucasus and Ukraine.', kind: 'region'}},

  {id: 'afghanistan', label: 'Place', properties: {name: 'Afghanistan', aliases: [], description: 'Country where Karl Rahder worked as a long-term election observer for Democracy International in 2010.', kind: 'country'}},

  {id: 'nagorno-karabakh', label: 'Place', properties: {name: 'Nagorno-Karabakh', aliases: ['Dağlıq Qarabağ', 'Artsakh'], description: 'Region at the centre of the “frozen Nagorno-Karabakh conflict”, on which Karl Rahder has reported.', kind: 'region'}},

  {id: 'switzerland', label: 'Place', properties: {name: 'Switzerland', aliases: ['Swiss Confederation'], description: 'Country whose government runs the ISN sites, per the article.', kind: 'country'}},

  // ---- Events

  {id: 'blackmail-video-publication', label: 'Event', properties: {name: 'Publication of the Ismayilova blackmail video', aliases: [], description: 'At least one web site in Azerbaijan released the blackmail video involving Khadija Ismayilova, a “very personal and vicious attack” in the author’s words.', kind: 'publication', date: '2012-03', dateApprox: true}},

  {id: 'bashirli-coup-plot', label: 'Event', properties: {name: 'Alleged plot to overthrow the government (Bashirli case)', aliases: [], description: 'The plot to overthrow the government for which Ruslan Bashirli was convicted in 2006. Dated to 2005 by inference from his arrest.', kind: 'alleged plot', date: '2005', dateApprox: true}},

  {id: 'bashirli-arrest-2005', label: 'Event', properties: {name: 'Arrest of Ruslan Bashirli and two co-defendants', aliases: [], description: 'Arrest in 2005 of Ruslan Bashirli along with two co-defendants.', kind: 'arrest', date: '2005'}},

  {id: 'bashirli-trial-2006', label: 'Event', properties: {name: 'Trial of Ruslan Bashirli', aliases: [], description: 'Sensational 2006 trial of Ruslan Bashirli for plotting to overthrow the government. The key evidence was video footage that appeared to show him bragging, in Tbilisi, that he was working with NDI to overthrow President Aliyev’s government.', kind: 'trial', date: '2006'}},

  {id: 'bashirli-conviction-2006', label: 'Event', properties: {name: 'Conviction of Ruslan Bashirli', aliases: [], description: 'Bashirli’s conviction in 2006 for plotting to overthrow the government. His purported letter of March 2012 says he has served six years and seven months.', kind: 'conviction', date: '2006'}},

  {id: 'arab-spring-unrest-azerbaijan-2011', label: 'Event', properties: {name: 'Azerbaijan’s “Arab Spring” unrest (2011)', aliases: ['Azerbaijan’s “Arab Spring”'], description: 'Unrest in Azerbaijan in 2011 (“last year” in the article), during which, according to the author’s anonymous source, political prisoners were arrested and convicted for a variety of charges.', kind: 'protest movement', date: '2011', dateApprox: true}},

  {id: 'april-2011-demonstrations', label: 'Event', properties: {name: 'April 2011 demonstrations', aliases: [], description: 'Demonstrations (the article says “the April demonstrations”; April 2011 is inferred), for participation in which Elnur Israfilov was convicted.', kind: 'demonstration', date: '2011-04', dateApprox: true}},

  {id: 'israfilov-conviction', label: 'Event', properties: {name: 'Conviction of Elnur Israfilov', aliases: [], description: 'Israfilov’s conviction for his participation in the April demonstrations. The year is inferred (2011), not stated.', kind: 'conviction', date: '2011', dateApprox: true}},

  {id: 'political-prisoners-release-2012', label: 'Event', properties: {name: 'Rumoured release of political prisoners (2012)', aliases: [], description: 'Rumour, from the author’s anonymous source, that President Aliyev is about to release virtually all political prisoners of the 2011 unrest and has already signed the release order. The source believes the reason for the urgency is the international press’s negative commentary before Eurovision; the author reasons that pardons are often granted during holidays, and Novruz is beginning soon.', kind: 'release', date: '2012-03', dateApprox: true}},

  {id: 'bashirli-release-2012', label: 'Event', properties: {name: 'Expected pardon and release of Ruslan Bashirli', aliases: [], description: 'Pardon and release of Ruslan Bashirli, “in the next day or two” according to the author’s anonymous source. Unconfirmed at the time of writing.', kind: 'pardon', date: '2012-03', dateApprox: true}},

  {id: 'bashirli-family-travel-to-baku', label: 'Event', properties: {name: 'Bashirli’s family travels to Baku', aliases: [], description: 'Bashirli’s family travelled to Baku in anticipation of his release, according to the author’s anonymous source.', kind: 'travel', date: '2012-03', dateApprox: true}},

  {id: 'novruz-2012', label: 'Event', properties: {name: 'Novruz 2012', aliases: [], description: 'The Azeri “Novruz” celebrations, “beginning soon” when the article was written. The author notes that presidential pardons are often granted during holidays.', kind: 'holiday', date: '2012-03', dateApprox: true}},

  {id: 'eurovision-2012', label: 'Event', properties: {name: 'Eurovision Song Contest 2012', aliases: ['Eurovision 2012', 'ESC 2012'], description: 'The Eurovision Song Contest, to be held in Baku in May 2012. The author’s anonymous source ties the urgency of the rumoured release to the international press’s negative commentary before it.', kind: 'contest', date: '2012-05', dateApprox: true}},

  {id: 'rahder-ibrahimli-skype-call', label: 'Event', properties: {name: 'Rahder’s Skype conversation with Mammad Ibrahimli', aliases: [], description: 'Conversation via Skype in February 2012 in which Israfilov’s uncle told the author the letter was written in a style that suggested it was dictated or authored by someone else, and alleged that Eynullah Fatullayev had convinced Israfilov to write it.', kind: 'interview', date: '2012-02', dateApprox: true}},

  {id: 'bashirli-imprisonment', label: 'Event', properties: {name: 'Imprisonment of Ruslan Bashirli', aliases: [], description: 'Ruslan Bashirli’s imprisonment. His purported letter of March 2012 says he has “already served six years and seven months of the punishment”, which puts its start at about August 2005 (computed, approximate), the year of his arrest. Not over when the article was written: his release was rumoured.', kind: 'imprisonment', startDate: '2005-08', dateApprox: true}},

  {id: 'fatullayev-imprisonment', label: 'Event', properties: {name: 'Imprisonment of Eynullah Fatullayev', aliases: [], description: 'Fatullayev’s time as a political prisoner. The article only calls him a “former political prisoner”: the years (2007 to 2011) are outside knowledge, from the public record.', kind: 'imprisonment', startDate: '2007', endDate: '2011', dateApprox: true}},

  {id: 'rahder-first-caucasus-visit', label: 'Event', properties: {name: 'Karl Rahder first comes to the Caucasus', aliases: [], description: 'Karl Rahder first came to the Caucasus in 2004, while on a CEP Visiting Faculty Fellowship.', kind: 'travel', date: '2004'}},

  {id: 'rahder-cep-fellowship', label: 'Event', properties: {name: 'Karl Rahder’s CEP Visiting Faculty Fellowship', aliases: [], description: 'Rahder’s CEP Visiting Faculty Fellowship, during which he first came to the Caucasus in 2004. Its full span is not given.', kind: 'fellowship', date: '2004', dateApprox: true}},

  {id: 'rahder-afghanistan-observation-2010', label: 'Event', properties: {name: 'Long-term election observation in Afghanistan (2010)', aliases: [], description: 'Karl Rahder worked as a long-term observer in Afghanistan for Democracy International in 2010.', kind: 'election observation', date: '2010'}},

  {id: 'rahder-osce-election-observation', label: 'Event', properties: {name: 'OSCE election observation (Karl Rahder)', aliases: [], description: 'For many years up to the article, Karl Rahder has served as an on-call election observer for the OSCE. Start year not given.', kind: 'election observation', endDate: '2012-03', dateApprox: true}},

  {id: 'nagorno-karabakh-conflict', label: 'Event', properties: {name: 'Nagorno-Karabakh conflict', aliases: ['Karabakh conflict', 'Qarabağ münaqişəsi'], description: 'The “frozen” conflict over Nagorno-Karabakh, on which Karl Rahder has reported. The start year (1988) is outside knowledge, from the public record, not the article.', kind: 'conflict', startDate: '1988', dateApprox: true}}
] AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label), n += row.properties;
