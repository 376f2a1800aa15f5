// Tracegraph seed, file 3 of 3: relationships between the nodes of files 1 and 2.
// Each relationship: id (unique slug), sourceIds (first always the Rahder article), quote
// (verbatim from the article), status (confirmed, reported, alleged, rumour, denied,
// disputed), claimedBy (entity id) when the article attributes the claim, and optional
// role, date, startDate, endDate, dateApprox, note. Contested claims are separate
// relationships side by side. Types, verbs and status rules: cypher/MODEL.md.

// ---- The article: authorship, publication, what it cites and covers

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'rahder-2012-azerbaijan-blackmail-video'})
MERGE (a)-[r:WROTE {id: 'karl-rahder-wrote-rahder-2012-azerbaijan-blackmail-video'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder', status: 'confirmed', note: 'byline, printed above the author’s biography. The article is written in the first person'};

MATCH (a:Entity {id: 'foreign-policy-blogs'}), (b:Entity {id: 'rahder-2012-azerbaijan-blackmail-video'})
MERGE (a)-[r:PUBLISHED {id: 'foreign-policy-blogs-published-rahder-2012-azerbaijan-blackmail-video'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Foreign Policy Blogs', status: 'confirmed', date: '2012-03', note: 'masthead of the page'};

MATCH (a:Entity {id: 'rahder-2012-azerbaijan-blackmail-video'}), (b:Entity {id: 'blackmail-video-publication'})
MERGE (a)-[r:CONCERNS {id: 'rahder-2012-azerbaijan-blackmail-video-concerns-blackmail-video-publication'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Azerbaijan: Blackmail Video Made Public', status: 'confirmed', role: 'headline topic'};

MATCH (a:Entity {id: 'rahder-2012-azerbaijan-blackmail-video'}), (b:Entity {id: 'political-prisoners-release-2012'})
MERGE (a)-[r:CONCERNS {id: 'rahder-2012-azerbaijan-blackmail-video-concerns-political-prisoners-release-2012'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Possible Imminent Release of Political Prisoners', status: 'confirmed', role: 'headline topic'};

MATCH (a:Entity {id: 'rahder-2012-azerbaijan-blackmail-video'}), (b:Entity {id: 'rfe-rl-article-blackmail-video'})
MERGE (a)-[r:CITES {id: 'rahder-2012-azerbaijan-blackmail-video-cites-rfe-rl-article-blackmail-video'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Khadija has issued a public statement, quoted in an RFE/RL article', status: 'confirmed'};

MATCH (a:Entity {id: 'rahder-2012-azerbaijan-blackmail-video'}), (b:Entity {id: 'ismayilova-public-statement'})
MERGE (a)-[r:CITES {id: 'rahder-2012-azerbaijan-blackmail-video-cites-ismayilova-public-statement'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'If they meant to stop me by this, I can assure you they have been wrong.', status: 'confirmed', role: 'quotes'};

MATCH (a:Entity {id: 'rahder-2012-azerbaijan-blackmail-video'}), (b:Entity {id: 'turan-report-yeni-musavat-editor'})
MERGE (a)-[r:CITES {id: 'rahder-2012-azerbaijan-blackmail-video-cites-turan-report-yeni-musavat-editor'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Turan News Agency in Baku reports that the editor of Yeni Musavat', status: 'confirmed'};

MATCH (a:Entity {id: 'rahder-2012-azerbaijan-blackmail-video'}), (b:Entity {id: 'bashirli-letter-to-aliyev'})
MERGE (a)-[r:CITES {id: 'rahder-2012-azerbaijan-blackmail-video-cites-bashirli-letter-to-aliyev'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'In Bashirli’s purported letter to President Aliyev, available at, he confesses to wrong-doing', status: 'confirmed', role: 'quotes', note: 'the link to the letter is missing from the article text'};

MATCH (a:Entity {id: 'rahder-2012-azerbaijan-blackmail-video'}), (b:Entity {id: 'israfilov-letter'})
MERGE (a)-[r:CITES {id: 'rahder-2012-azerbaijan-blackmail-video-cites-israfilov-letter'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Like Bashirli, Israfilov was not only contrite in his letter, but blamed others for manipulating him', status: 'confirmed', role: 'quotes'};

MATCH (a:Entity {id: 'rahder-2012-azerbaijan-blackmail-video'}), (b:Entity {id: 'rfe-rl-photo-ismayilova'})
MERGE (a)-[r:CITES {id: 'rahder-2012-azerbaijan-blackmail-video-cites-rfe-rl-photo-ismayilova'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Khadija Ismayilova, left center, shaking hands (credit: RFE/RL Dragan Milojevic)', status: 'confirmed', role: 'illustration'};

MATCH (a:Entity {id: 'rahder-2012-azerbaijan-blackmail-video'}), (b:Entity {id: 'ans-tv-bashirli-coverage'})
MERGE (a)-[r:CITES {id: 'rahder-2012-azerbaijan-blackmail-video-cites-ans-tv-bashirli-coverage'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Pro-government ANS TV has been playing up the Bashirli story today', status: 'confirmed', role: 'refers to'};

// ---- Khadija Ismayilova, the blackmail video and the site that posted it

MATCH (a:Entity {id: 'blackmail-video-website'}), (b:Entity {id: 'ismayilova-blackmail-video'})
MERGE (a)-[r:PUBLISHED {id: 'blackmail-video-website-published-ismayilova-blackmail-video'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'at least one web site in Azerbaijan has now released the blackmail video', status: 'confirmed', date: '2012-03', dateApprox: true};

MATCH (a:Entity {id: 'blackmail-video-website'}), (b:Entity {id: 'blackmail-video-publication'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'blackmail-video-website-participated-in-blackmail-video-publication'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the site that posted the video', status: 'confirmed', role: 'posted the video'};

MATCH (a:Entity {id: 'blackmail-video-website'}), (b:Entity {id: 'azerbaijan'})
MERGE (a)-[r:LOCATED_IN {id: 'blackmail-video-website-located-in-azerbaijan'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'at least one web site in Azerbaijan', status: 'confirmed'};

MATCH (a:Entity {id: 'blackmail-video-publication'}), (b:Entity {id: 'ismayilova-blackmail-video'})
MERGE (a)-[r:CONCERNS {id: 'blackmail-video-publication-concerns-ismayilova-blackmail-video'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'has now released the blackmail video involving well-known correspondent Khadija Ismayilova', status: 'confirmed'};

MATCH (a:Entity {id: 'blackmail-video-publication'}), (b:Entity {id: 'azerbaijan'})
MERGE (a)-[r:LOCATED_IN {id: 'blackmail-video-publication-located-in-azerbaijan'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'at least one web site in Azerbaijan has now released the blackmail video', status: 'confirmed'};

MATCH (a:Entity {id: 'ismayilova-blackmail-video'}), (b:Entity {id: 'khadija-ismayilova'})
MERGE (a)-[r:DEPICTS {id: 'ismayilova-blackmail-video-depicts-khadija-ismayilova'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the blackmail video involving well-known correspondent Khadija Ismayilova', status: 'reported', note: 'the article says “involving” and does not describe the footage'};

MATCH (a:Entity {id: 'khadija-ismayilova'}), (b:Entity {id: 'ismayilova-blackmail-video'})
MERGE (a)-[r:TARGET_OF {id: 'khadija-ismayilova-target-of-ismayilova-blackmail-video'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the blackmail video involving well-known correspondent Khadija Ismayilova', status: 'confirmed', role: 'blackmail target'};

MATCH (a:Entity {id: 'khadija-ismayilova'}), (b:Entity {id: 'blackmail-video-publication'})
MERGE (a)-[r:TARGET_OF {id: 'khadija-ismayilova-target-of-blackmail-video-publication'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I am saddened and disturbed by this very personal and vicious attack', status: 'confirmed', role: 'target of the attack'};

MATCH (a:Entity {id: 'musavat'}), (b:Entity {id: 'blackmail-video-publication'})
MERGE (a)-[r:TARGET_OF {id: 'musavat-target-of-blackmail-video-publication'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'which if true would be an attempt to smear both Khadija and Musavat', status: 'alleged', claimedBy: 'karl-rahder', role: 'smear target', note: 'conditional inference by the author: only “if true” that the URL falsely suggests a Musavat connection'};

MATCH (a:Entity {id: 'khadija-ismayilova'}), (b:Entity {id: 'rfe-rl'})
MERGE (a)-[r:WORKS_FOR {id: 'khadija-ismayilova-works-for-rfe-rl'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'well-known correspondent Khadija Ismayilova. In response, Khadija has issued a public statement, quoted in an RFE/RL article', status: 'reported', role: 'correspondent', note: 'the article calls her a correspondent without naming the employer. RFE/RL (Radio Azadliq) is her widely known employer and the photo of her is credited to RFE/RL'};

MATCH (a:Entity {id: 'khadija-ismayilova'}), (b:Entity {id: 'ismayilova-public-statement'})
MERGE (a)-[r:WROTE {id: 'khadija-ismayilova-wrote-ismayilova-public-statement'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'In response, Khadija has issued a public statement', status: 'confirmed', role: 'issued', date: '2012-03', dateApprox: true};

MATCH (a:Entity {id: 'ismayilova-public-statement'}), (b:Entity {id: 'blackmail-video-publication'})
MERGE (a)-[r:CONCERNS {id: 'ismayilova-public-statement-concerns-blackmail-video-publication'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'In response, Khadija has issued a public statement, quoted in an RFE/RL article, saying that she will not be deterred', status: 'confirmed'};

MATCH (a:Entity {id: 'rfe-rl'}), (b:Entity {id: 'rfe-rl-article-blackmail-video'})
MERGE (a)-[r:PUBLISHED {id: 'rfe-rl-published-rfe-rl-article-blackmail-video'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'quoted in an RFE/RL article', status: 'confirmed', date: '2012-03', dateApprox: true};

MATCH (a:Entity {id: 'rfe-rl-article-blackmail-video'}), (b:Entity {id: 'ismayilova-public-statement'})
MERGE (a)-[r:CITES {id: 'rfe-rl-article-blackmail-video-cites-ismayilova-public-statement'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Khadija has issued a public statement, quoted in an RFE/RL article', status: 'confirmed', role: 'quotes'};

MATCH (a:Entity {id: 'rfe-rl-article-blackmail-video'}), (b:Entity {id: 'blackmail-video-publication'})
MERGE (a)-[r:CONCERNS {id: 'rfe-rl-article-blackmail-video-concerns-blackmail-video-publication'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the RFE/RL piece alleges that the url for the site that posted the video', status: 'confirmed'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'khadija-ismayilova'})
MERGE (a)-[r:FRIEND_OF {id: 'karl-rahder-friend-of-khadija-ismayilova'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Khadija is an extraordinarily courageous journalist, and as a friend of hers', status: 'confirmed'};

MATCH (a:Entity {id: 'rfe-rl-photo-ismayilova'}), (b:Entity {id: 'khadija-ismayilova'})
MERGE (a)-[r:DEPICTS {id: 'rfe-rl-photo-ismayilova-depicts-khadija-ismayilova'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Khadija Ismayilova, left center, shaking hands', status: 'confirmed'};

MATCH (a:Entity {id: 'dragan-milojevic'}), (b:Entity {id: 'rfe-rl-photo-ismayilova'})
MERGE (a)-[r:WROTE {id: 'dragan-milojevic-wrote-rfe-rl-photo-ismayilova'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: '(credit: RFE/RL Dragan Milojevic)', status: 'confirmed', role: 'photographer', note: 'photo credit'};

MATCH (a:Entity {id: 'rfe-rl'}), (b:Entity {id: 'rfe-rl-photo-ismayilova'})
MERGE (a)-[r:PUBLISHED {id: 'rfe-rl-published-rfe-rl-photo-ismayilova'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: '(credit: RFE/RL Dragan Milojevic)', status: 'reported', role: 'credited', note: 'the credit line names RFE/RL. Where the photo first appeared is not stated'};

MATCH (a:Entity {id: 'dragan-milojevic'}), (b:Entity {id: 'rfe-rl'})
MERGE (a)-[r:WORKS_FOR {id: 'dragan-milojevic-works-for-rfe-rl'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: '(credit: RFE/RL Dragan Milojevic)', status: 'reported', role: 'photographer', note: 'inferred from the photo credit'};

// ---- Is the site connected to Musavat? Contested claims kept side by side

MATCH (a:Entity {id: 'blackmail-video-website'}), (b:Entity {id: 'musavat'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'blackmail-video-website-affiliated-with-musavat-suggested-by-url'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'rfe-rl-article-blackmail-video'], quote: 'the url for the site that posted the video “falsely suggests a connection with Azerbaijan’s opposition Musavat (Equality) party,”', status: 'alleged', claimedBy: 'blackmail-video-website', note: 'suggested only by the site’s own URL, as described by RFE/RL'};

MATCH (a:Entity {id: 'blackmail-video-website'}), (b:Entity {id: 'musavat'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'blackmail-video-website-affiliated-with-musavat-per-rfe-rl'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'rfe-rl-article-blackmail-video'], quote: 'the RFE/RL piece alleges that the url for the site that posted the video “falsely suggests a connection with Azerbaijan’s opposition Musavat (Equality) party,”', status: 'denied', claimedBy: 'rfe-rl', note: 'RFE/RL calls the suggested connection false'};

MATCH (a:Entity {id: 'blackmail-video-website'}), (b:Entity {id: 'musavat'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'blackmail-video-website-affiliated-with-musavat-per-yeni-musavat-editor'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'turan-report-yeni-musavat-editor'], quote: 'the editor of Yeni Musavat, the party newspaper, says that the site has no relation to his newspaper or the party', status: 'denied', claimedBy: 'yeni-musavat-editor', note: 'denial as reported by Turan News Agency'};

MATCH (a:Entity {id: 'blackmail-video-website'}), (b:Entity {id: 'yeni-musavat'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'blackmail-video-website-affiliated-with-yeni-musavat'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'turan-report-yeni-musavat-editor'], quote: 'says that the site has no relation to his newspaper or the party', status: 'denied', claimedBy: 'yeni-musavat-editor', note: 'denial as reported by Turan News Agency'};

MATCH (a:Entity {id: 'turan-news-agency'}), (b:Entity {id: 'turan-report-yeni-musavat-editor'})
MERGE (a)-[r:PUBLISHED {id: 'turan-news-agency-published-turan-report-yeni-musavat-editor'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Turan News Agency in Baku reports', status: 'confirmed', date: '2012-03', dateApprox: true};

MATCH (a:Entity {id: 'turan-report-yeni-musavat-editor'}), (b:Entity {id: 'yeni-musavat-editor'})
MERGE (a)-[r:CITES {id: 'turan-report-yeni-musavat-editor-cites-yeni-musavat-editor'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Turan News Agency in Baku reports that the editor of Yeni Musavat, the party newspaper, says that the site has no relation to his newspaper or the party', status: 'confirmed', role: 'quotes'};

MATCH (a:Entity {id: 'turan-news-agency'}), (b:Entity {id: 'baku'})
MERGE (a)-[r:LOCATED_IN {id: 'turan-news-agency-located-in-baku'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Turan News Agency in Baku', status: 'confirmed'};

MATCH (a:Entity {id: 'yeni-musavat-editor'}), (b:Entity {id: 'yeni-musavat'})
MERGE (a)-[r:WORKS_FOR {id: 'yeni-musavat-editor-works-for-yeni-musavat'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'turan-report-yeni-musavat-editor'], quote: 'the editor of Yeni Musavat, the party newspaper', status: 'reported', claimedBy: 'turan-news-agency', role: 'editor'};

MATCH (a:Entity {id: 'yeni-musavat'}), (b:Entity {id: 'musavat'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'yeni-musavat-affiliated-with-musavat'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the editor of Yeni Musavat, the party newspaper', status: 'confirmed', role: 'party newspaper'};

MATCH (a:Entity {id: 'musavat'}), (b:Entity {id: 'azerbaijani-opposition'})
MERGE (a)-[r:MEMBER_OF {id: 'musavat-member-of-azerbaijani-opposition'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Azerbaijan’s opposition Musavat (Equality) party', status: 'confirmed'};

MATCH (a:Entity {id: 'musavat'}), (b:Entity {id: 'azerbaijan'})
MERGE (a)-[r:LOCATED_IN {id: 'musavat-located-in-azerbaijan'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Azerbaijan’s opposition Musavat (Equality) party', status: 'confirmed'};

MATCH (a:Entity {id: 'azerbaijani-opposition'}), (b:Entity {id: 'azerbaijan'})
MERGE (a)-[r:LOCATED_IN {id: 'azerbaijani-opposition-located-in-azerbaijan'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Azerbaijan’s opposition Musavat (Equality) party', status: 'confirmed'};

// ---- The rumoured release of political prisoners (anonymous source)

MATCH (a:Entity {id: 'azeri-opposition-source'}), (b:Entity {id: 'karl-rahder'})
MERGE (a)-[r:TOLD {id: 'azeri-opposition-source-told-karl-rahder'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I have been told by an Azeri source close to the opposition', status: 'confirmed', role: 'anonymous source', note: 'the source also told the author about the release order and about Bashirli’s family'};

MATCH (a:Entity {id: 'azeri-opposition-source'}), (b:Entity {id: 'azerbaijani-opposition'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'azeri-opposition-source-affiliated-with-azerbaijani-opposition'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'an Azeri source close to the opposition', status: 'confirmed', role: 'close to'};

MATCH (a:Entity {id: 'ilham-aliyev'}), (b:Entity {id: 'political-prisoners-release-2012'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'ilham-aliyev-participated-in-political-prisoners-release-2012'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'President Aliyev is about to release virtually all political prisoners', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'releasing authority', note: 'the author: “Normally I don’t publish rumors”'};

MATCH (a:Entity {id: 'arab-spring-political-prisoners'}), (b:Entity {id: 'political-prisoners-release-2012'})
MERGE (a)-[r:TARGET_OF {id: 'arab-spring-political-prisoners-target-of-political-prisoners-release-2012'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'about to release virtually all political prisoners who were arrested and convicted for a variety of charges', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'to be released'};

MATCH (a:Entity {id: 'arab-spring-political-prisoners'}), (b:Entity {id: 'arab-spring-unrest-azerbaijan-2011'})
MERGE (a)-[r:ARRESTED_IN {id: 'arab-spring-political-prisoners-arrested-in-arab-spring-unrest-azerbaijan-2011'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'political prisoners who were arrested and convicted for a variety of charges during Azerbaijan’s “Arab Spring” unrest last year', status: 'confirmed', role: 'arrested and convicted during', date: '2011', dateApprox: true};

MATCH (a:Entity {id: 'ilham-aliyev'}), (b:Entity {id: 'political-prisoners-release-order'})
MERGE (a)-[r:SIGNED {id: 'ilham-aliyev-signed-political-prisoners-release-order'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'My source says the president has already signed the release order', status: 'rumour', claimedBy: 'azeri-opposition-source', date: '2012-03', dateApprox: true};

MATCH (a:Entity {id: 'political-prisoners-release-order'}), (b:Entity {id: 'political-prisoners-release-2012'})
MERGE (a)-[r:CONCERNS {id: 'political-prisoners-release-order-concerns-political-prisoners-release-2012'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the president has already signed the release order', status: 'rumour', claimedBy: 'azeri-opposition-source'};

MATCH (a:Entity {id: 'international-press'}), (b:Entity {id: 'political-prisoners-release-2012'})
MERGE (a)-[r:PROMPTED {id: 'international-press-prompted-political-prisoners-release-2012'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'believes that the reason for the urgency is the increasingly negative commentary from the international press', status: 'rumour', claimedBy: 'azeri-opposition-source', note: 'the source’s belief about the motive'};

MATCH (a:Entity {id: 'international-press'}), (b:Entity {id: 'azerbaijan'})
MERGE (a)-[r:REPORTED_ON {id: 'international-press-reported-on-azerbaijan'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the increasingly negative commentary from the international press on Azerbaijan’s human rights situation prior to the Eurovision Song Contest', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'negative commentary on its human rights situation'};

MATCH (a:Entity {id: 'eurovision-2012'}), (b:Entity {id: 'baku'})
MERGE (a)-[r:LOCATED_IN {id: 'eurovision-2012-located-in-baku'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the Eurovision Song Contest, to be held in Baku in May of this year', status: 'confirmed', date: '2012-05', dateApprox: true};

MATCH (a:Entity {id: 'novruz-2012'}), (b:Entity {id: 'azerbaijan'})
MERGE (a)-[r:LOCATED_IN {id: 'novruz-2012-located-in-azerbaijan'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the Azeri “Novruz” celebrations are beginning soon', status: 'confirmed'};

MATCH (a:Entity {id: 'arab-spring-unrest-azerbaijan-2011'}), (b:Entity {id: 'azerbaijan'})
MERGE (a)-[r:LOCATED_IN {id: 'arab-spring-unrest-azerbaijan-2011-located-in-azerbaijan'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Azerbaijan’s “Arab Spring” unrest last year', status: 'confirmed'};

// ---- Ruslan Bashirli: Yeni Fekir, arrest, trial, conviction

MATCH (a:Entity {id: 'ruslan-bashirli'}), (b:Entity {id: 'yeni-fekir'})
MERGE (a)-[r:FOUNDED {id: 'ruslan-bashirli-founded-yeni-fekir'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Bashirli, a founding member of the Yeni Fekir (New Idea) youth group', status: 'confirmed', role: 'founding member'};

MATCH (a:Entity {id: 'ruslan-bashirli'}), (b:Entity {id: 'bashirli-arrest-2005'})
MERGE (a)-[r:ARRESTED_IN {id: 'ruslan-bashirli-arrested-in-bashirli-arrest-2005'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Bashirli, a founding member of the Yeni Fekir (New Idea) youth group, was arrested in 2005, along with two co-defendants', status: 'confirmed', date: '2005'};

MATCH (a:Entity {id: 'bashirli-co-defendant-1'}), (b:Entity {id: 'bashirli-arrest-2005'})
MERGE (a)-[r:ARRESTED_IN {id: 'bashirli-co-defendant-1-arrested-in-bashirli-arrest-2005'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'was arrested in 2005, along with two co-defendants', status: 'confirmed', date: '2005'};

MATCH (a:Entity {id: 'bashirli-co-defendant-2'}), (b:Entity {id: 'bashirli-arrest-2005'})
MERGE (a)-[r:ARRESTED_IN {id: 'bashirli-co-defendant-2-arrested-in-bashirli-arrest-2005'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'was arrested in 2005, along with two co-defendants', status: 'confirmed', date: '2005'};

MATCH (a:Entity {id: 'ruslan-bashirli'}), (b:Entity {id: 'bashirli-trial-2006'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'ruslan-bashirli-participated-in-bashirli-trial-2006'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Ruslan Bashirli, who was convicted in a sensational trial in 2006', status: 'confirmed', role: 'defendant'};

MATCH (a:Entity {id: 'bashirli-co-defendant-1'}), (b:Entity {id: 'bashirli-trial-2006'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'bashirli-co-defendant-1-participated-in-bashirli-trial-2006'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'along with two co-defendants', status: 'reported', role: 'co-defendant', note: 'implied by “co-defendants”. The article does not describe their trial'};

MATCH (a:Entity {id: 'bashirli-co-defendant-2'}), (b:Entity {id: 'bashirli-trial-2006'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'bashirli-co-defendant-2-participated-in-bashirli-trial-2006'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'along with two co-defendants', status: 'reported', role: 'co-defendant', note: 'implied by “co-defendants”. The article does not describe their trial'};

MATCH (a:Entity {id: 'ruslan-bashirli'}), (b:Entity {id: 'bashirli-conviction-2006'})
MERGE (a)-[r:CONVICTED_IN {id: 'ruslan-bashirli-convicted-in-bashirli-conviction-2006'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'who was convicted in a sensational trial in 2006 for plotting to overthrow the government', status: 'confirmed', date: '2006'};

MATCH (a:Entity {id: 'bashirli-conviction-2006'}), (b:Entity {id: 'bashirli-trial-2006'})
MERGE (a)-[r:PART_OF {id: 'bashirli-conviction-2006-part-of-bashirli-trial-2006'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'convicted in a sensational trial in 2006', status: 'confirmed'};

MATCH (a:Entity {id: 'bashirli-conviction-2006'}), (b:Entity {id: 'bashirli-coup-plot'})
MERGE (a)-[r:CONCERNS {id: 'bashirli-conviction-2006-concerns-bashirli-coup-plot'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'convicted in a sensational trial in 2006 for plotting to overthrow the government', status: 'confirmed', role: 'charge'};

MATCH (a:Entity {id: 'bashirli-trial-2006'}), (b:Entity {id: 'bashirli-coup-plot'})
MERGE (a)-[r:CONCERNS {id: 'bashirli-trial-2006-concerns-bashirli-coup-plot'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'a sensational trial in 2006 for plotting to overthrow the government', status: 'confirmed', role: 'charge'};

MATCH (a:Entity {id: 'ruslan-bashirli'}), (b:Entity {id: 'bashirli-coup-plot'})
MERGE (a)-[r:ACCUSED_OF {id: 'ruslan-bashirli-accused-of-bashirli-coup-plot'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'who was convicted in a sensational trial in 2006 for plotting to overthrow the government', status: 'confirmed', note: 'the charge on which he was convicted. The article does not name the prosecutor'};

MATCH (a:Entity {id: 'bashirli-co-defendant-1'}), (b:Entity {id: 'bashirli-coup-plot'})
MERGE (a)-[r:ACCUSED_OF {id: 'bashirli-co-defendant-1-accused-of-bashirli-coup-plot'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'was arrested in 2005, along with two co-defendants', status: 'reported', note: 'implied by “co-defendants”. Their exact charges are not stated'};

MATCH (a:Entity {id: 'bashirli-co-defendant-2'}), (b:Entity {id: 'bashirli-coup-plot'})
MERGE (a)-[r:ACCUSED_OF {id: 'bashirli-co-defendant-2-accused-of-bashirli-coup-plot'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'was arrested in 2005, along with two co-defendants', status: 'reported', note: 'implied by “co-defendants”. Their exact charges are not stated'};

MATCH (a:Entity {id: 'government-of-azerbaijan'}), (b:Entity {id: 'bashirli-coup-plot'})
MERGE (a)-[r:TARGET_OF {id: 'government-of-azerbaijan-target-of-bashirli-coup-plot'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'plotting to overthrow the government', status: 'alleged', note: 'per the charge on which Bashirli was convicted'};

MATCH (a:Entity {id: 'ilham-aliyev'}), (b:Entity {id: 'government-of-azerbaijan'})
MERGE (a)-[r:RUNS {id: 'ilham-aliyev-runs-government-of-azerbaijan'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'to overthrow President Aliyev’s government', status: 'confirmed', role: 'President'};

// ---- Bashirli and NDI: the Tbilisi footage (what it appeared to show)

MATCH (a:Entity {id: 'bashirli-tbilisi-footage'}), (b:Entity {id: 'bashirli-trial-2006'})
MERGE (a)-[r:EVIDENCE_IN {id: 'bashirli-tbilisi-footage-evidence-in-bashirli-trial-2006'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'The key evidence against Bashirli was video footage', status: 'confirmed', role: 'key evidence'};

MATCH (a:Entity {id: 'bashirli-tbilisi-footage'}), (b:Entity {id: 'ruslan-bashirli'})
MERGE (a)-[r:DEPICTS {id: 'bashirli-tbilisi-footage-depicts-ruslan-bashirli'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'video footage that appeared to show him bragging to associates', status: 'reported', note: '“appeared to show”'};

MATCH (a:Entity {id: 'bashirli-tbilisi-footage'}), (b:Entity {id: 'bashirli-associates'})
MERGE (a)-[r:DEPICTS {id: 'bashirli-tbilisi-footage-depicts-bashirli-associates'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'video footage that appeared to show him bragging to associates', status: 'reported', note: '“appeared to show”'};

MATCH (a:Entity {id: 'bashirli-tbilisi-footage'}), (b:Entity {id: 'so-called-armenian-agents'})
MERGE (a)-[r:DEPICTS {id: 'bashirli-tbilisi-footage-depicts-so-called-armenian-agents'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'bragging to associates—and so-called “Armenian agents”—in Tbilisi', status: 'reported', note: '“appeared to show”. The label “Armenian agents” is qualified as “so-called”'};

MATCH (a:Entity {id: 'bashirli-tbilisi-footage'}), (b:Entity {id: 'tbilisi'})
MERGE (a)-[r:LOCATED_IN {id: 'bashirli-tbilisi-footage-located-in-tbilisi'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'appeared to show him bragging to associates—and so-called “Armenian agents”—in Tbilisi', status: 'reported', role: 'recorded in'};

MATCH (a:Entity {id: 'ruslan-bashirli'}), (b:Entity {id: 'bashirli-associates'})
MERGE (a)-[r:TOLD {id: 'ruslan-bashirli-told-bashirli-associates'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-tbilisi-footage'], quote: 'appeared to show him bragging to associates', status: 'alleged', claimedBy: 'bashirli-tbilisi-footage', role: 'bragged to', note: 'what the prosecution footage appeared to show. Not established'};

MATCH (a:Entity {id: 'ruslan-bashirli'}), (b:Entity {id: 'so-called-armenian-agents'})
MERGE (a)-[r:TOLD {id: 'ruslan-bashirli-told-so-called-armenian-agents'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-tbilisi-footage'], quote: 'bragging to associates—and so-called “Armenian agents”—in Tbilisi', status: 'alleged', claimedBy: 'bashirli-tbilisi-footage', role: 'bragged to', note: 'what the prosecution footage appeared to show. Not established'};

MATCH (a:Entity {id: 'ruslan-bashirli'}), (b:Entity {id: 'ndi'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'ruslan-bashirli-affiliated-with-ndi'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-tbilisi-footage'], quote: 'he was working with the National Democratic Institute (NDI) to overthrow President Aliyev’s government', status: 'alleged', claimedBy: 'bashirli-tbilisi-footage', role: 'working with (per his apparent boast)', note: 'Bashirli’s apparent boast in footage used as key evidence against him. The article says the footage “appeared to show” it. Not established'};

MATCH (a:Entity {id: 'ndi'}), (b:Entity {id: 'bashirli-coup-plot'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'ndi-participated-in-bashirli-coup-plot'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-tbilisi-footage'], quote: 'that he was working with the National Democratic Institute (NDI) to overthrow President Aliyev’s government', status: 'alleged', claimedBy: 'bashirli-tbilisi-footage', role: 'alleged partner', note: 'NDI is implicated only through Bashirli’s apparent boast in the footage. Not established'};

// ---- Bashirli letter to President Aliyev (purported) and the expected pardon

MATCH (a:Entity {id: 'ruslan-bashirli'}), (b:Entity {id: 'bashirli-letter-to-aliyev'})
MERGE (a)-[r:WROTE {id: 'ruslan-bashirli-wrote-bashirli-letter-to-aliyev'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'is reported to have written a letter to President Aliyev asking for a pardon', status: 'reported', date: '2012-03', dateApprox: true, note: 'purported letter (“Bashirli’s purported letter”)'};

MATCH (a:Entity {id: 'bashirli-letter-to-aliyev'}), (b:Entity {id: 'ilham-aliyev'})
MERGE (a)-[r:ADDRESSED_TO {id: 'bashirli-letter-to-aliyev-addressed-to-ilham-aliyev'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'In Bashirli’s purported letter to President Aliyev', status: 'confirmed'};

MATCH (a:Entity {id: 'bashirli-letter-to-aliyev'}), (b:Entity {id: 'bashirli-release-2012'})
MERGE (a)-[r:CONCERNS {id: 'bashirli-letter-to-aliyev-concerns-bashirli-release-2012'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'a letter to President Aliyev asking for a pardon', status: 'confirmed', role: 'asks for a pardon'};

MATCH (a:Entity {id: 'bashirli-letter-to-aliyev'}), (b:Entity {id: 'bashirli-coup-plot'})
MERGE (a)-[r:CONCERNS {id: 'bashirli-letter-to-aliyev-concerns-bashirli-coup-plot'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Over this time I have understood my responsibility for the crime and acknowledged my guilt.', status: 'confirmed', role: 'confesses guilt', note: 'purported letter'};

MATCH (a:Entity {id: 'bashirli-letter-to-aliyev'}), (b:Entity {id: 'bashirli-former-allies'})
MERGE (a)-[r:CONCERNS {id: 'bashirli-letter-to-aliyev-concerns-bashirli-former-allies'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'he confesses to wrong-doing and denounces his former political allies', status: 'confirmed', role: 'denounces', note: 'purported letter'};

MATCH (a:Entity {id: 'ruslan-bashirli'}), (b:Entity {id: 'bashirli-former-allies'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'ruslan-bashirli-affiliated-with-bashirli-former-allies'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'denounces his former political allies', status: 'confirmed', role: 'former political ally'};

MATCH (a:Entity {id: 'powers-that-disliked-aliyev'}), (b:Entity {id: 'ruslan-bashirli'})
MERGE (a)-[r:PERSUADED {id: 'powers-that-disliked-aliyev-persuaded-ruslan-bashirli'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-letter-to-aliyev'], quote: 'At that time I was hot-tempered and influenced by powers that disliked you and us.', status: 'alleged', claimedBy: 'ruslan-bashirli', role: 'influenced', note: 'purported letter. The powers are not named'};

MATCH (a:Entity {id: 'ruslan-bashirli'}), (b:Entity {id: 'bashirli-release-2012'})
MERGE (a)-[r:TARGET_OF {id: 'ruslan-bashirli-target-of-bashirli-release-2012'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'in anticipation of his impending release in the next day or two', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'to be pardoned and released'};

MATCH (a:Entity {id: 'bashirli-family'}), (b:Entity {id: 'ruslan-bashirli'})
MERGE (a)-[r:RELATIVE_OF {id: 'bashirli-family-relative-of-ruslan-bashirli'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Bashirli’s family have traveled to Baku', status: 'confirmed', role: 'family'};

MATCH (a:Entity {id: 'bashirli-family'}), (b:Entity {id: 'bashirli-family-travel-to-baku'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'bashirli-family-participated-in-bashirli-family-travel-to-baku'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'My Azeri source tells me that Bashirli’s family have traveled to Baku', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'travellers'};

MATCH (a:Entity {id: 'bashirli-family-travel-to-baku'}), (b:Entity {id: 'baku'})
MERGE (a)-[r:LOCATED_IN {id: 'bashirli-family-travel-to-baku-located-in-baku'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Bashirli’s family have traveled to Baku in anticipation of his impending release', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'destination'};

MATCH (a:Entity {id: 'bashirli-release-2012'}), (b:Entity {id: 'bashirli-family-travel-to-baku'})
MERGE (a)-[r:PROMPTED {id: 'bashirli-release-2012-prompted-bashirli-family-travel-to-baku'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'have traveled to Baku in anticipation of his impending release in the next day or two', status: 'rumour', claimedBy: 'azeri-opposition-source', note: 'the expected release, not an actual one, prompted the journey'};

MATCH (a:Entity {id: 'ans-tv'}), (b:Entity {id: 'ans-tv-bashirli-coverage'})
MERGE (a)-[r:PUBLISHED {id: 'ans-tv-published-ans-tv-bashirli-coverage'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Pro-government ANS TV has been playing up the Bashirli story today', status: 'confirmed', date: '2012-03', dateApprox: true};

MATCH (a:Entity {id: 'ans-tv-bashirli-coverage'}), (b:Entity {id: 'ruslan-bashirli'})
MERGE (a)-[r:CONCERNS {id: 'ans-tv-bashirli-coverage-concerns-ruslan-bashirli'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'ANS TV has been playing up the Bashirli story today', status: 'confirmed'};

MATCH (a:Entity {id: 'ans-tv-bashirli-coverage'}), (b:Entity {id: 'bashirli-release-2012'})
MERGE (a)-[r:CONCERNS {id: 'ans-tv-bashirli-coverage-concerns-bashirli-release-2012'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'perhaps suggesting that they know that a pardon will be granted', status: 'rumour', claimedBy: 'karl-rahder', note: 'the author’s speculation (“perhaps suggesting”)'};

MATCH (a:Entity {id: 'ans-tv'}), (b:Entity {id: 'government-of-azerbaijan'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'ans-tv-affiliated-with-government-of-azerbaijan'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Pro-government ANS TV', status: 'confirmed', role: 'pro-government', note: 'editorial stance as described by the author, not ownership'};

// ---- Elnur Israfilov, his uncle Mammad Ibrahimli and Eynullah Fatullayev

MATCH (a:Entity {id: 'elnur-israfilov'}), (b:Entity {id: 'israfilov-conviction'})
MERGE (a)-[r:CONVICTED_IN {id: 'elnur-israfilov-convicted-in-israfilov-conviction'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'a young man convicted for his participation in the April demonstrations', status: 'confirmed'};

MATCH (a:Entity {id: 'israfilov-conviction'}), (b:Entity {id: 'april-2011-demonstrations'})
MERGE (a)-[r:CONCERNS {id: 'israfilov-conviction-concerns-april-2011-demonstrations'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'convicted for his participation in the April demonstrations', status: 'confirmed', role: 'charge'};

MATCH (a:Entity {id: 'elnur-israfilov'}), (b:Entity {id: 'april-2011-demonstrations'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'elnur-israfilov-participated-in-april-2011-demonstrations'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'convicted for his participation in the April demonstrations', status: 'confirmed', role: 'participant'};

MATCH (a:Entity {id: 'april-2011-demonstrations'}), (b:Entity {id: 'arab-spring-unrest-azerbaijan-2011'})
MERGE (a)-[r:PART_OF {id: 'april-2011-demonstrations-part-of-arab-spring-unrest-azerbaijan-2011'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'during Azerbaijan’s “Arab Spring” unrest last year', status: 'reported', note: 'not linked explicitly in the article. The April 2011 demonstrations fall within last year’s unrest'};

MATCH (a:Entity {id: 'april-2011-demonstrations'}), (b:Entity {id: 'azerbaijan'})
MERGE (a)-[r:LOCATED_IN {id: 'april-2011-demonstrations-located-in-azerbaijan'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'during Azerbaijan’s “Arab Spring” unrest last year', status: 'reported', note: 'implied. The article does not say where the demonstrations took place'};

MATCH (a:Entity {id: 'elnur-israfilov'}), (b:Entity {id: 'arab-spring-political-prisoners'})
MERGE (a)-[r:MEMBER_OF {id: 'elnur-israfilov-member-of-arab-spring-political-prisoners'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'a young man convicted for his participation in the April demonstrations', status: 'reported', note: 'implied: he was convicted for the April demonstrations of last year’s unrest. The article does not call him a political prisoner'};

MATCH (a:Entity {id: 'elnur-israfilov'}), (b:Entity {id: 'israfilov-letter'})
MERGE (a)-[r:WROTE {id: 'elnur-israfilov-wrote-israfilov-letter'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'a similar letter was supposedly written by Elnur Israfilov', status: 'reported', date: '2012-02', dateApprox: true, note: 'the article hedges: “supposedly written”'};

MATCH (a:Entity {id: 'elnur-israfilov'}), (b:Entity {id: 'israfilov-letter'})
MERGE (a)-[r:WROTE {id: 'elnur-israfilov-wrote-israfilov-letter-disputed-by-ibrahimli'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'who told me that the letter was written in a style that suggested it was dictated or authored by someone else', status: 'disputed', claimedBy: 'mammad-ibrahimli', note: 'his uncle disputes that Israfilov wrote it himself'};

MATCH (a:Entity {id: 'mammad-ibrahimli'}), (b:Entity {id: 'elnur-israfilov'})
MERGE (a)-[r:INSTIGATED {id: 'mammad-ibrahimli-instigated-elnur-israfilov'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'israfilov-letter'], quote: 'at the instigation of my uncle Mammad Ibrahimli', status: 'alleged', claimedBy: 'elnur-israfilov', role: 'instigated his actions', note: 'stated in a letter supposedly written by Israfilov, which Ibrahimli says was dictated or authored by someone else'};

MATCH (a:Entity {id: 'israfilov-letter'}), (b:Entity {id: 'mammad-ibrahimli'})
MERGE (a)-[r:CONCERNS {id: 'israfilov-letter-concerns-mammad-ibrahimli'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'He has engaged me and simple people like me in order to fulfill his reckless intentions.', status: 'confirmed', role: 'blames'};

MATCH (a:Entity {id: 'israfilov-letter'}), (b:Entity {id: 'april-2011-demonstrations'})
MERGE (a)-[r:CONCERNS {id: 'israfilov-letter-concerns-april-2011-demonstrations'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I have been engaged in actions aimed at disturbing peace, obstructing transport', status: 'reported', role: 'confesses participation', note: 'the letter does not name the demonstrations. The article ties his conviction to them'};

MATCH (a:Entity {id: 'mammad-ibrahimli'}), (b:Entity {id: 'elnur-israfilov'})
MERGE (a)-[r:RELATIVE_OF {id: 'mammad-ibrahimli-relative-of-elnur-israfilov'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I talked to his uncle via Skype in February', status: 'confirmed', role: 'uncle', note: 'named as Mammad Ibrahimli in the letter (“my uncle Mammad Ibrahimli”)'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'rahder-ibrahimli-skype-call'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'karl-rahder-participated-in-rahder-ibrahimli-skype-call'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I talked to his uncle via Skype in February', status: 'confirmed', role: 'interviewer', date: '2012-02', dateApprox: true};

MATCH (a:Entity {id: 'mammad-ibrahimli'}), (b:Entity {id: 'rahder-ibrahimli-skype-call'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'mammad-ibrahimli-participated-in-rahder-ibrahimli-skype-call'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I talked to his uncle via Skype in February', status: 'confirmed', role: 'interviewee', date: '2012-02', dateApprox: true};

MATCH (a:Entity {id: 'rahder-ibrahimli-skype-call'}), (b:Entity {id: 'israfilov-letter'})
MERGE (a)-[r:CONCERNS {id: 'rahder-ibrahimli-skype-call-concerns-israfilov-letter'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'who told me that the letter was written in a style that suggested it was dictated or authored by someone else', status: 'confirmed'};

MATCH (a:Entity {id: 'eynullah-fatullayev'}), (b:Entity {id: 'elnur-israfilov'})
MERGE (a)-[r:PERSUADED {id: 'eynullah-fatullayev-persuaded-elnur-israfilov'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'alleged that former political prisoner and journalist Eynullah Fatullayev had convinced Israfilov to write it', status: 'alleged', claimedBy: 'mammad-ibrahimli', role: 'convinced him to write the letter', note: 'said by Ibrahimli to the author via Skype in February 2012'};

MATCH (a:Entity {id: 'eynullah-fatullayev'}), (b:Entity {id: 'fatullayev-imprisonment'})
MERGE (a)-[r:TARGET_OF {id: 'eynullah-fatullayev-target-of-fatullayev-imprisonment'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'former political prisoner and journalist Eynullah Fatullayev', status: 'confirmed', role: 'political prisoner'};

// ---- The author: ISN, teaching, studies, fellowship, election observation

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'isn-security-watch'})
MERGE (a)-[r:WORKS_FOR {id: 'karl-rahder-works-for-isn-security-watch'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus for ISN Security Watch and ISN Insights', status: 'confirmed', role: 'writer on the South Caucasus'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'isn-insights'})
MERGE (a)-[r:WORKS_FOR {id: 'karl-rahder-works-for-isn-insights'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus for ISN Security Watch and ISN Insights', status: 'confirmed', role: 'writer on the South Caucasus'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'isn'})
MERGE (a)-[r:WORKS_FOR {id: 'karl-rahder-works-for-isn'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'working on stories for ISN and other publications', status: 'confirmed', role: 'writer'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'rahder-isn-south-caucasus-articles'})
MERGE (a)-[r:WROTE {id: 'karl-rahder-wrote-rahder-isn-south-caucasus-articles'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus for ISN Security Watch and ISN Insights', status: 'confirmed'};

MATCH (a:Entity {id: 'isn-security-watch'}), (b:Entity {id: 'rahder-isn-south-caucasus-articles'})
MERGE (a)-[r:PUBLISHED {id: 'isn-security-watch-published-rahder-isn-south-caucasus-articles'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus for ISN Security Watch and ISN Insights', status: 'confirmed'};

MATCH (a:Entity {id: 'isn-insights'}), (b:Entity {id: 'rahder-isn-south-caucasus-articles'})
MERGE (a)-[r:PUBLISHED {id: 'isn-insights-published-rahder-isn-south-caucasus-articles'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus for ISN Security Watch and ISN Insights', status: 'confirmed'};

MATCH (a:Entity {id: 'rahder-isn-south-caucasus-articles'}), (b:Entity {id: 'south-caucasus'})
MERGE (a)-[r:CONCERNS {id: 'rahder-isn-south-caucasus-articles-concerns-south-caucasus'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus', status: 'confirmed'};

MATCH (a:Entity {id: 'swiss-government'}), (b:Entity {id: 'isn-security-watch'})
MERGE (a)-[r:RUNS {id: 'swiss-government-runs-isn-security-watch'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'ISN Security Watch and ISN Insights (, news and global affairs sites run by the Swiss government', status: 'confirmed'};

MATCH (a:Entity {id: 'swiss-government'}), (b:Entity {id: 'isn-insights'})
MERGE (a)-[r:RUNS {id: 'swiss-government-runs-isn-insights'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'ISN Security Watch and ISN Insights (, news and global affairs sites run by the Swiss government', status: 'confirmed'};

MATCH (a:Entity {id: 'swiss-government'}), (b:Entity {id: 'switzerland'})
MERGE (a)-[r:LOCATED_IN {id: 'swiss-government-located-in-switzerland'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'run by the Swiss government', status: 'confirmed'};

MATCH (a:Entity {id: 'isn-security-watch'}), (b:Entity {id: 'isn'})
MERGE (a)-[r:PART_OF {id: 'isn-security-watch-part-of-isn'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'ISN Security Watch and ISN Insights', status: 'reported', note: 'implied by the names and by “stories for ISN”'};

MATCH (a:Entity {id: 'isn-insights'}), (b:Entity {id: 'isn'})
MERGE (a)-[r:PART_OF {id: 'isn-insights-part-of-isn'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'ISN Security Watch and ISN Insights', status: 'reported', note: 'implied by the names and by “stories for ISN”'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'caucasus'})
MERGE (a)-[r:REPORTED_ON {id: 'karl-rahder-reported-on-caucasus'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'He\'s reported from the Caucasus on topics such as attempted coups, sedition trials, freedom of the press', status: 'confirmed', role: 'attempted coups, sedition trials, freedom of the press'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'nagorno-karabakh-conflict'})
MERGE (a)-[r:REPORTED_ON {id: 'karl-rahder-reported-on-nagorno-karabakh-conflict'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'and the frozen Nagorno-Karabakh conflict', status: 'confirmed'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:LOCATED_IN {id: 'karl-rahder-located-in-united-states'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl splits his time between the US and the former USSR - mostly the Caucasus and Ukraine', status: 'confirmed', role: 'splits his time'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'former-ussr'})
MERGE (a)-[r:LOCATED_IN {id: 'karl-rahder-located-in-former-ussr'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl splits his time between the US and the former USSR - mostly the Caucasus and Ukraine', status: 'confirmed', role: 'splits his time'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'caucasus'})
MERGE (a)-[r:LOCATED_IN {id: 'karl-rahder-located-in-caucasus'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl splits his time between the US and the former USSR - mostly the Caucasus and Ukraine', status: 'confirmed', role: 'splits his time'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'ukraine'})
MERGE (a)-[r:LOCATED_IN {id: 'karl-rahder-located-in-ukraine'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl splits his time between the US and the former USSR - mostly the Caucasus and Ukraine', status: 'confirmed', role: 'splits his time'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'chicago'})
MERGE (a)-[r:LOCATED_IN {id: 'karl-rahder-located-in-chicago'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'sometimes teaching international relations at universities (in Chicago, Baku, Tbilisi)', status: 'confirmed', role: 'sometimes teaches international relations at universities'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'baku'})
MERGE (a)-[r:LOCATED_IN {id: 'karl-rahder-located-in-baku'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'sometimes teaching international relations at universities (in Chicago, Baku, Tbilisi)', status: 'confirmed', role: 'sometimes teaches international relations at universities'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'tbilisi'})
MERGE (a)-[r:LOCATED_IN {id: 'karl-rahder-located-in-tbilisi'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'sometimes teaching international relations at universities (in Chicago, Baku, Tbilisi)', status: 'confirmed', role: 'sometimes teaches international relations at universities'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'university-of-chicago'})
MERGE (a)-[r:STUDIED_AT {id: 'karl-rahder-studied-at-university-of-chicago'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl received his MA from the University of Chicago', status: 'confirmed', role: 'MA'};

MATCH (a:Entity {id: 'university-of-chicago'}), (b:Entity {id: 'chicago'})
MERGE (a)-[r:LOCATED_IN {id: 'university-of-chicago-located-in-chicago'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the University of Chicago', status: 'confirmed', note: 'general knowledge. The name'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'rahder-first-caucasus-visit'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'karl-rahder-participated-in-rahder-first-caucasus-visit'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'first came to the Caucasus in 2004', status: 'confirmed', date: '2004'};

MATCH (a:Entity {id: 'rahder-first-caucasus-visit'}), (b:Entity {id: 'caucasus'})
MERGE (a)-[r:LOCATED_IN {id: 'rahder-first-caucasus-visit-located-in-caucasus'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'first came to the Caucasus in 2004', status: 'confirmed'};

MATCH (a:Entity {id: 'rahder-first-caucasus-visit'}), (b:Entity {id: 'rahder-cep-fellowship'})
MERGE (a)-[r:PART_OF {id: 'rahder-first-caucasus-visit-part-of-rahder-cep-fellowship'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'first came to the Caucasus in 2004 while on a CEP Visiting Faculty Fellowship', status: 'confirmed'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'rahder-cep-fellowship'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'karl-rahder-participated-in-rahder-cep-fellowship'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'while on a CEP Visiting Faculty Fellowship', status: 'confirmed', role: 'visiting faculty fellow', date: '2004', dateApprox: true};

MATCH (a:Entity {id: 'rahder-cep-fellowship'}), (b:Entity {id: 'cep-visiting-faculty-fellowship'})
MERGE (a)-[r:PART_OF {id: 'rahder-cep-fellowship-part-of-cep-visiting-faculty-fellowship'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'while on a CEP Visiting Faculty Fellowship', status: 'confirmed'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'osce'})
MERGE (a)-[r:WORKS_FOR {id: 'karl-rahder-works-for-osce'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl has also served as an on-call election observer for the OSCE', status: 'confirmed', role: 'on-call election observer'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'rahder-osce-election-observation'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'karl-rahder-participated-in-rahder-osce-election-observation'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'For many years, Karl has also served as an on-call election observer for the OSCE', status: 'confirmed', role: 'on-call election observer'};

MATCH (a:Entity {id: 'osce'}), (b:Entity {id: 'rahder-osce-election-observation'})
MERGE (a)-[r:RUNS {id: 'osce-runs-rahder-osce-election-observation'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'served as an on-call election observer for the OSCE', status: 'confirmed'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'democracy-international'})
MERGE (a)-[r:WORKS_FOR {id: 'karl-rahder-works-for-democracy-international'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'in 2010, he worked as a long-term observer in Afghanistan for Democracy International', status: 'confirmed', role: 'long-term observer', date: '2010'};

MATCH (a:Entity {id: 'karl-rahder'}), (b:Entity {id: 'rahder-afghanistan-observation-2010'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'karl-rahder-participated-in-rahder-afghanistan-observation-2010'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'in 2010, he worked as a long-term observer in Afghanistan', status: 'confirmed', role: 'long-term observer', date: '2010'};

MATCH (a:Entity {id: 'democracy-international'}), (b:Entity {id: 'rahder-afghanistan-observation-2010'})
MERGE (a)-[r:RUNS {id: 'democracy-international-runs-rahder-afghanistan-observation-2010'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'he worked as a long-term observer in Afghanistan for Democracy International', status: 'confirmed'};

MATCH (a:Entity {id: 'rahder-afghanistan-observation-2010'}), (b:Entity {id: 'afghanistan'})
MERGE (a)-[r:LOCATED_IN {id: 'rahder-afghanistan-observation-2010-located-in-afghanistan'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'a long-term observer in Afghanistan', status: 'confirmed'};

// ---- Places: events and places located in places

MATCH (a:Entity {id: 'nagorno-karabakh-conflict'}), (b:Entity {id: 'nagorno-karabakh'})
MERGE (a)-[r:LOCATED_IN {id: 'nagorno-karabakh-conflict-located-in-nagorno-karabakh'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the frozen Nagorno-Karabakh conflict', status: 'confirmed'};

MATCH (a:Entity {id: 'nagorno-karabakh'}), (b:Entity {id: 'south-caucasus'})
MERGE (a)-[r:LOCATED_IN {id: 'nagorno-karabakh-located-in-south-caucasus'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'He\'s reported from the Caucasus on topics such as attempted coups, sedition trials, freedom of the press, and the frozen Nagorno-Karabakh conflict', status: 'confirmed', note: 'general knowledge. The article lists the conflict among its Caucasus topics'};

MATCH (a:Entity {id: 'baku'}), (b:Entity {id: 'azerbaijan'})
MERGE (a)-[r:LOCATED_IN {id: 'baku-located-in-azerbaijan'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Azerbaijan’s human rights situation prior to the Eurovision Song Contest, to be held in Baku', status: 'confirmed', role: 'capital', note: 'general knowledge: Baku is the capital of Azerbaijan'};

MATCH (a:Entity {id: 'tbilisi'}), (b:Entity {id: 'georgia'})
MERGE (a)-[r:LOCATED_IN {id: 'tbilisi-located-in-georgia'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'universities (in Chicago, Baku, Tbilisi)', status: 'confirmed', role: 'capital', note: 'general knowledge: Georgia is not named in the article'};

MATCH (a:Entity {id: 'chicago'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:LOCATED_IN {id: 'chicago-located-in-united-states'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl splits his time between the US and the former USSR', status: 'confirmed', note: 'general knowledge. The article does not place Chicago explicitly'};

MATCH (a:Entity {id: 'azerbaijan'}), (b:Entity {id: 'south-caucasus'})
MERGE (a)-[r:LOCATED_IN {id: 'azerbaijan-located-in-south-caucasus'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus', status: 'confirmed', note: 'general knowledge. The article does not place Azerbaijan explicitly'};

MATCH (a:Entity {id: 'georgia'}), (b:Entity {id: 'south-caucasus'})
MERGE (a)-[r:LOCATED_IN {id: 'georgia-located-in-south-caucasus'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus', status: 'confirmed', note: 'general knowledge. The article does not name Georgia'};

MATCH (a:Entity {id: 'south-caucasus'}), (b:Entity {id: 'caucasus'})
MERGE (a)-[r:LOCATED_IN {id: 'south-caucasus-located-in-caucasus'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus', status: 'confirmed', note: 'general knowledge'};

MATCH (a:Entity {id: 'caucasus'}), (b:Entity {id: 'former-ussr'})
MERGE (a)-[r:LOCATED_IN {id: 'caucasus-located-in-former-ussr'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the former USSR - mostly the Caucasus and Ukraine', status: 'confirmed'};

MATCH (a:Entity {id: 'ukraine'}), (b:Entity {id: 'former-ussr'})
MERGE (a)-[r:LOCATED_IN {id: 'ukraine-located-in-former-ussr'}]->(b)
SET r += {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the former USSR - mostly the Caucasus and Ukraine', status: 'confirmed'};
