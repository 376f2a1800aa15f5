// Tracegraph seed, file 3 of 3: relationships between the nodes of files 1 and 2.
// Each relationship: id (unique slug), sourceIds (first always the Rahder article), quote
// (verbatim from the article), status (confirmed, reported, alleged, rumour, denied,
// disputed), claimedBy (entity id) when the article attributes the claim, and optional
// role, date, startDate, endDate, dateApprox, note. Contested claims are separate
// relationships side by side. Types, verbs and status rules: cypher/MODEL.md.
//
// One row per relationship, loaded by the statement at the end of the file (MERGE on id, so it can run again).

UNWIND [
  // ---- The article: authorship, publication, what it cites and covers
  {from: 'karl-rahder', type: 'WROTE', to: 'rahder-2012-azerbaijan-blackmail-video', id: 'karl-rahder-wrote-rahder-2012-azerbaijan-blackmail-video',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder', status: 'confirmed', note: 'byline, printed above the author’s biography. The article is written in the first person'}},

  {from: 'foreign-policy-blogs', type: 'PUBLISHED', to: 'rahder-2012-azerbaijan-blackmail-video', id: 'foreign-policy-blogs-published-rahder-2012-azerbaijan-blackmail-video',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Foreign Policy Blogs', status: 'confirmed', date: '2012-03', note: 'masthead of the page'}},

  {from: 'rahder-2012-azerbaijan-blackmail-video', type: 'CONCERNS', to: 'blackmail-video-publication', id: 'rahder-2012-azerbaijan-blackmail-video-concerns-blackmail-video-publication',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Azerbaijan: Blackmail Video Made Public', status: 'confirmed', role: 'headline topic'}},

  {from: 'rahder-2012-azerbaijan-blackmail-video', type: 'CONCERNS', to: 'political-prisoners-release-2012', id: 'rahder-2012-azerbaijan-blackmail-video-concerns-political-prisoners-release-2012',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Possible Imminent Release of Political Prisoners', status: 'confirmed', role: 'headline topic'}},

  {from: 'rahder-2012-azerbaijan-blackmail-video', type: 'CITES', to: 'rfe-rl-article-blackmail-video', id: 'rahder-2012-azerbaijan-blackmail-video-cites-rfe-rl-article-blackmail-video',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Khadija has issued a public statement, quoted in an RFE/RL article', status: 'confirmed'}},

  {from: 'rahder-2012-azerbaijan-blackmail-video', type: 'CITES', to: 'ismayilova-public-statement', id: 'rahder-2012-azerbaijan-blackmail-video-cites-ismayilova-public-statement',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'If they meant to stop me by this, I can assure you they have been wrong.', status: 'confirmed', role: 'quotes'}},

  {from: 'rahder-2012-azerbaijan-blackmail-video', type: 'CITES', to: 'turan-report-yeni-musavat-editor', id: 'rahder-2012-azerbaijan-blackmail-video-cites-turan-report-yeni-musavat-editor',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Turan News Agency in Baku reports that the editor of Yeni Musavat', status: 'confirmed'}},

  {from: 'rahder-2012-azerbaijan-blackmail-video', type: 'CITES', to: 'bashirli-letter-to-aliyev', id: 'rahder-2012-azerbaijan-blackmail-video-cites-bashirli-letter-to-aliyev',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'In Bashirli’s purported letter to President Aliyev, available at, he confesses to wrong-doing', status: 'confirmed', role: 'quotes', note: 'the link to the letter is missing from the article text'}},

  {from: 'rahder-2012-azerbaijan-blackmail-video', type: 'CITES', to: 'israfilov-letter', id: 'rahder-2012-azerbaijan-blackmail-video-cites-israfilov-letter',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Like Bashirli, Israfilov was not only contrite in his letter, but blamed others for manipulating him', status: 'confirmed', role: 'quotes'}},

  {from: 'rahder-2012-azerbaijan-blackmail-video', type: 'CITES', to: 'rfe-rl-photo-ismayilova', id: 'rahder-2012-azerbaijan-blackmail-video-cites-rfe-rl-photo-ismayilova',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Khadija Ismayilova, left center, shaking hands (credit: RFE/RL Dragan Milojevic)', status: 'confirmed', role: 'illustration'}},

  {from: 'rahder-2012-azerbaijan-blackmail-video', type: 'CITES', to: 'ans-tv-bashirli-coverage', id: 'rahder-2012-azerbaijan-blackmail-video-cites-ans-tv-bashirli-coverage',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Pro-government ANS TV has been playing up the Bashirli story today', status: 'confirmed', role: 'refers to'}},

  // ---- Khadija Ismayilova, the blackmail video and the site that posted it

  {from: 'blackmail-video-website', type: 'PUBLISHED', to: 'ismayilova-blackmail-video', id: 'blackmail-video-website-published-ismayilova-blackmail-video',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'at least one web site in Azerbaijan has now released the blackmail video', status: 'confirmed', date: '2012-03', dateApprox: true}},

  {from: 'blackmail-video-website', type: 'PARTICIPATED_IN', to: 'blackmail-video-publication', id: 'blackmail-video-website-participated-in-blackmail-video-publication',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the site that posted the video', status: 'confirmed', role: 'posted the video'}},

  {from: 'blackmail-video-website', type: 'LOCATED_IN', to: 'azerbaijan', id: 'blackmail-video-website-located-in-azerbaijan',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'at least one web site in Azerbaijan', status: 'confirmed'}},

  {from: 'blackmail-video-publication', type: 'CONCERNS', to: 'ismayilova-blackmail-video', id: 'blackmail-video-publication-concerns-ismayilova-blackmail-video',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'has now released the blackmail video involving well-known correspondent Khadija Ismayilova', status: 'confirmed'}},

  {from: 'blackmail-video-publication', type: 'LOCATED_IN', to: 'azerbaijan', id: 'blackmail-video-publication-located-in-azerbaijan',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'at least one web site in Azerbaijan has now released the blackmail video', status: 'confirmed'}},

  {from: 'ismayilova-blackmail-video', type: 'DEPICTS', to: 'khadija-ismayilova', id: 'ismayilova-blackmail-video-depicts-khadija-ismayilova',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the blackmail video involving well-known correspondent Khadija Ismayilova', status: 'reported', note: 'the article says “involving” and does not describe the footage'}},

  {from: 'khadija-ismayilova', type: 'TARGET_OF', to: 'ismayilova-blackmail-video', id: 'khadija-ismayilova-target-of-ismayilova-blackmail-video',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the blackmail video involving well-known correspondent Khadija Ismayilova', status: 'confirmed', role: 'blackmail target'}},

  {from: 'khadija-ismayilova', type: 'TARGET_OF', to: 'blackmail-video-publication', id: 'khadija-ismayilova-target-of-blackmail-video-publication',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I am saddened and disturbed by this very personal and vicious attack', status: 'confirmed', role: 'target of the attack'}},

  {from: 'musavat', type: 'TARGET_OF', to: 'blackmail-video-publication', id: 'musavat-target-of-blackmail-video-publication',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'which if true would be an attempt to smear both Khadija and Musavat', status: 'alleged', claimedBy: 'karl-rahder', role: 'smear target', note: 'conditional inference by the author: only “if true” that the URL falsely suggests a Musavat connection'}},

  {from: 'khadija-ismayilova', type: 'WROTE', to: 'ismayilova-public-statement', id: 'khadija-ismayilova-wrote-ismayilova-public-statement',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'In response, Khadija has issued a public statement', status: 'confirmed', role: 'issued', date: '2012-03', dateApprox: true}},

  {from: 'ismayilova-public-statement', type: 'CONCERNS', to: 'blackmail-video-publication', id: 'ismayilova-public-statement-concerns-blackmail-video-publication',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'In response, Khadija has issued a public statement, quoted in an RFE/RL article, saying that she will not be deterred', status: 'confirmed'}},

  {from: 'rfe-rl', type: 'PUBLISHED', to: 'rfe-rl-article-blackmail-video', id: 'rfe-rl-published-rfe-rl-article-blackmail-video',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'quoted in an RFE/RL article', status: 'confirmed', date: '2012-03', dateApprox: true}},

  {from: 'rfe-rl-article-blackmail-video', type: 'CITES', to: 'ismayilova-public-statement', id: 'rfe-rl-article-blackmail-video-cites-ismayilova-public-statement',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Khadija has issued a public statement, quoted in an RFE/RL article', status: 'confirmed', role: 'quotes'}},

  {from: 'rfe-rl-article-blackmail-video', type: 'CONCERNS', to: 'blackmail-video-publication', id: 'rfe-rl-article-blackmail-video-concerns-blackmail-video-publication',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'In response, Khadija has issued a public statement, quoted in an RFE/RL article', status: 'confirmed', note: 'the RFE/RL article quotes her response to the video’s release, and says what the site’s URL suggests'}},

  {from: 'karl-rahder', type: 'FRIEND_OF', to: 'khadija-ismayilova', id: 'karl-rahder-friend-of-khadija-ismayilova',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Khadija is an extraordinarily courageous journalist, and as a friend of hers', status: 'confirmed'}},

  {from: 'rfe-rl-photo-ismayilova', type: 'DEPICTS', to: 'khadija-ismayilova', id: 'rfe-rl-photo-ismayilova-depicts-khadija-ismayilova',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Khadija Ismayilova, left center, shaking hands', status: 'confirmed'}},

  {from: 'dragan-milojevic', type: 'WROTE', to: 'rfe-rl-photo-ismayilova', id: 'dragan-milojevic-wrote-rfe-rl-photo-ismayilova',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: '(credit: RFE/RL Dragan Milojevic)', status: 'confirmed', role: 'photographer', note: 'photo credit'}},

  {from: 'rfe-rl', type: 'PUBLISHED', to: 'rfe-rl-photo-ismayilova', id: 'rfe-rl-published-rfe-rl-photo-ismayilova',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: '(credit: RFE/RL Dragan Milojevic)', status: 'reported', role: 'credited', note: 'the credit line names RFE/RL. Where the photo first appeared is not stated'}},

  // ---- Is the site connected to Musavat? Contested claims kept side by side

  {from: 'blackmail-video-website', type: 'AFFILIATED_WITH', to: 'musavat', id: 'blackmail-video-website-affiliated-with-musavat-per-rfe-rl',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'rfe-rl-article-blackmail-video'], quote: 'the RFE/RL piece alleges that the url for the site that posted the video “falsely suggests a connection with Azerbaijan’s opposition Musavat (Equality) party,”', status: 'denied', claimedBy: 'rfe-rl', note: 'RFE/RL calls the suggested connection false'}},

  {from: 'blackmail-video-website', type: 'AFFILIATED_WITH', to: 'musavat', id: 'blackmail-video-website-affiliated-with-musavat-per-yeni-musavat-editor',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'turan-report-yeni-musavat-editor'], quote: 'the editor of Yeni Musavat, the party newspaper, says that the site has no relation to his newspaper or the party', status: 'denied', claimedBy: 'yeni-musavat-editor', note: 'denial as reported by Turan News Agency'}},

  {from: 'blackmail-video-website', type: 'AFFILIATED_WITH', to: 'yeni-musavat', id: 'blackmail-video-website-affiliated-with-yeni-musavat',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'turan-report-yeni-musavat-editor'], quote: 'says that the site has no relation to his newspaper or the party', status: 'denied', claimedBy: 'yeni-musavat-editor', note: 'denial as reported by Turan News Agency'}},

  {from: 'turan-news-agency', type: 'PUBLISHED', to: 'turan-report-yeni-musavat-editor', id: 'turan-news-agency-published-turan-report-yeni-musavat-editor',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Turan News Agency in Baku reports', status: 'confirmed', date: '2012-03', dateApprox: true}},

  {from: 'turan-report-yeni-musavat-editor', type: 'CITES', to: 'yeni-musavat-editor', id: 'turan-report-yeni-musavat-editor-cites-yeni-musavat-editor',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Turan News Agency in Baku reports that the editor of Yeni Musavat, the party newspaper, says that the site has no relation to his newspaper or the party', status: 'confirmed', role: 'quotes'}},

  {from: 'turan-news-agency', type: 'LOCATED_IN', to: 'baku', id: 'turan-news-agency-located-in-baku',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Turan News Agency in Baku', status: 'confirmed'}},

  {from: 'yeni-musavat-editor', type: 'WORKS_FOR', to: 'yeni-musavat', id: 'yeni-musavat-editor-works-for-yeni-musavat',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'turan-report-yeni-musavat-editor'], quote: 'the editor of Yeni Musavat, the party newspaper', status: 'reported', claimedBy: 'turan-news-agency', role: 'editor'}},

  {from: 'yeni-musavat', type: 'AFFILIATED_WITH', to: 'musavat', id: 'yeni-musavat-affiliated-with-musavat',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the editor of Yeni Musavat, the party newspaper', status: 'confirmed', role: 'party newspaper'}},

  {from: 'musavat', type: 'MEMBER_OF', to: 'azerbaijani-opposition', id: 'musavat-member-of-azerbaijani-opposition',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Azerbaijan’s opposition Musavat (Equality) party', status: 'confirmed'}},

  {from: 'musavat', type: 'LOCATED_IN', to: 'azerbaijan', id: 'musavat-located-in-azerbaijan',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Azerbaijan’s opposition Musavat (Equality) party', status: 'confirmed'}},

  {from: 'azerbaijani-opposition', type: 'LOCATED_IN', to: 'azerbaijan', id: 'azerbaijani-opposition-located-in-azerbaijan',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Azerbaijan’s opposition Musavat (Equality) party', status: 'confirmed'}},

  // ---- The rumoured release of political prisoners (anonymous source)

  {from: 'azeri-opposition-source', type: 'TOLD', to: 'karl-rahder', id: 'azeri-opposition-source-told-karl-rahder',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I have been told by an Azeri source close to the opposition', status: 'confirmed', role: 'anonymous source', note: 'the source also told the author about the release order and about Bashirli’s family'}},

  {from: 'azeri-opposition-source', type: 'AFFILIATED_WITH', to: 'azerbaijani-opposition', id: 'azeri-opposition-source-affiliated-with-azerbaijani-opposition',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'an Azeri source close to the opposition', status: 'confirmed', role: 'close to'}},

  {from: 'ilham-aliyev', type: 'PARTICIPATED_IN', to: 'political-prisoners-release-2012', id: 'ilham-aliyev-participated-in-political-prisoners-release-2012',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I have been told by an Azeri source close to the opposition that President Aliyev is about to release virtually all political prisoners', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'releasing authority', note: 'the author: “Normally I don’t publish rumors”'}},

  {from: 'arab-spring-political-prisoners', type: 'TARGET_OF', to: 'political-prisoners-release-2012', id: 'arab-spring-political-prisoners-target-of-political-prisoners-release-2012',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I have been told by an Azeri source close to the opposition that President Aliyev is about to release virtually all political prisoners who were arrested and convicted for a variety of charges', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'to be released'}},

  {from: 'arab-spring-political-prisoners', type: 'ARRESTED_IN', to: 'arab-spring-unrest-azerbaijan-2011', id: 'arab-spring-political-prisoners-arrested-in-arab-spring-unrest-azerbaijan-2011',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I have been told by an Azeri source close to the opposition that President Aliyev is about to release virtually all political prisoners who were arrested and convicted for a variety of charges during Azerbaijan’s “Arab Spring” unrest last year', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'arrested and convicted during', date: '2011', dateApprox: true, note: 'part of what the anonymous source told the author'}},

  {from: 'ilham-aliyev', type: 'SIGNED', to: 'political-prisoners-release-order', id: 'ilham-aliyev-signed-political-prisoners-release-order',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'My source says the president has already signed the release order', status: 'rumour', claimedBy: 'azeri-opposition-source', date: '2012-03', dateApprox: true}},

  {from: 'political-prisoners-release-order', type: 'CONCERNS', to: 'political-prisoners-release-2012', id: 'political-prisoners-release-order-concerns-political-prisoners-release-2012',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'My source says the president has already signed the release order', status: 'rumour', claimedBy: 'azeri-opposition-source'}},

  {from: 'international-press', type: 'PROMPTED', to: 'political-prisoners-release-2012', id: 'international-press-prompted-political-prisoners-release-2012',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'My source says the president has already signed the release order and believes that the reason for the urgency is the increasingly negative commentary from the international press', status: 'rumour', claimedBy: 'azeri-opposition-source', note: 'the source’s belief about the reason for the urgency'}},

  {from: 'international-press', type: 'REPORTED_ON', to: 'azerbaijan', id: 'international-press-reported-on-azerbaijan',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'believes that the reason for the urgency is the increasingly negative commentary from the international press on Azerbaijan’s human rights situation prior to the Eurovision Song Contest', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'negative commentary on its human rights situation'}},

  {from: 'political-prisoners-release-2012', type: 'CONCERNS', to: 'eurovision-2012', id: 'political-prisoners-release-2012-concerns-eurovision-2012',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'My source says the president has already signed the release order and believes that the reason for the urgency is the increasingly negative commentary from the international press on Azerbaijan’s human rights situation prior to the Eurovision Song Contest, to be held in Baku in May of this year', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'urgent before it: the reason the source gives', note: 'the source’s stated reason: the press commentary before the contest, not the contest itself, prompts the release'}},

  {from: 'novruz-2012', type: 'PROMPTED', to: 'political-prisoners-release-2012', id: 'novruz-2012-prompted-political-prisoners-release-2012',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Normally I don’t publish rumors, but it makes sense, and will be a major story if it pans out. Presidential pardons are often granted during holidays, and the Azeri “Novruz” celebrations are beginning soon.', status: 'rumour', claimedBy: 'karl-rahder', role: 'occasion: presidential pardons are often granted during holidays', note: 'the author’s reasoning for why the rumour makes sense, not a claim of his source'}},

  {from: 'eurovision-2012', type: 'LOCATED_IN', to: 'baku', id: 'eurovision-2012-located-in-baku',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the Eurovision Song Contest, to be held in Baku in May of this year', status: 'confirmed', date: '2012-05', dateApprox: true}},

  {from: 'novruz-2012', type: 'LOCATED_IN', to: 'azerbaijan', id: 'novruz-2012-located-in-azerbaijan',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the Azeri “Novruz” celebrations are beginning soon', status: 'reported', note: 'implied by “Azeri”, not stated'}},

  {from: 'arab-spring-unrest-azerbaijan-2011', type: 'LOCATED_IN', to: 'azerbaijan', id: 'arab-spring-unrest-azerbaijan-2011-located-in-azerbaijan',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Azerbaijan’s “Arab Spring” unrest last year', status: 'confirmed'}},

  // ---- Ruslan Bashirli: Yeni Fekir, arrest, trial, conviction

  {from: 'ruslan-bashirli', type: 'FOUNDED', to: 'yeni-fekir', id: 'ruslan-bashirli-founded-yeni-fekir',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Bashirli, a founding member of the Yeni Fekir (New Idea) youth group', status: 'confirmed', role: 'founding member'}},

  {from: 'ruslan-bashirli', type: 'ARRESTED_IN', to: 'bashirli-arrest-2005', id: 'ruslan-bashirli-arrested-in-bashirli-arrest-2005',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Bashirli, a founding member of the Yeni Fekir (New Idea) youth group, was arrested in 2005, along with two co-defendants', status: 'confirmed', date: '2005'}},

  {from: 'bashirli-co-defendant-1', type: 'ARRESTED_IN', to: 'bashirli-arrest-2005', id: 'bashirli-co-defendant-1-arrested-in-bashirli-arrest-2005',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'was arrested in 2005, along with two co-defendants', status: 'confirmed', date: '2005'}},

  {from: 'bashirli-co-defendant-2', type: 'ARRESTED_IN', to: 'bashirli-arrest-2005', id: 'bashirli-co-defendant-2-arrested-in-bashirli-arrest-2005',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'was arrested in 2005, along with two co-defendants', status: 'confirmed', date: '2005'}},

  {from: 'ruslan-bashirli', type: 'PARTICIPATED_IN', to: 'bashirli-trial-2006', id: 'ruslan-bashirli-participated-in-bashirli-trial-2006',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Ruslan Bashirli, who was convicted in a sensational trial in 2006', status: 'confirmed', role: 'defendant'}},

  {from: 'bashirli-co-defendant-1', type: 'PARTICIPATED_IN', to: 'bashirli-trial-2006', id: 'bashirli-co-defendant-1-participated-in-bashirli-trial-2006',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'along with two co-defendants', status: 'reported', role: 'co-defendant', note: 'implied by “co-defendants”. The article does not describe their trial'}},

  {from: 'bashirli-co-defendant-2', type: 'PARTICIPATED_IN', to: 'bashirli-trial-2006', id: 'bashirli-co-defendant-2-participated-in-bashirli-trial-2006',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'along with two co-defendants', status: 'reported', role: 'co-defendant', note: 'implied by “co-defendants”. The article does not describe their trial'}},

  {from: 'ruslan-bashirli', type: 'CONVICTED_IN', to: 'bashirli-conviction-2006', id: 'ruslan-bashirli-convicted-in-bashirli-conviction-2006',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'who was convicted in a sensational trial in 2006 for plotting to overthrow the government', status: 'confirmed', date: '2006'}},

  {from: 'bashirli-conviction-2006', type: 'PART_OF', to: 'bashirli-trial-2006', id: 'bashirli-conviction-2006-part-of-bashirli-trial-2006',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'convicted in a sensational trial in 2006', status: 'confirmed'}},

  {from: 'bashirli-conviction-2006', type: 'CONCERNS', to: 'bashirli-coup-plot', id: 'bashirli-conviction-2006-concerns-bashirli-coup-plot',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'convicted in a sensational trial in 2006 for plotting to overthrow the government', status: 'confirmed', role: 'charge'}},

  {from: 'bashirli-trial-2006', type: 'CONCERNS', to: 'bashirli-coup-plot', id: 'bashirli-trial-2006-concerns-bashirli-coup-plot',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'a sensational trial in 2006 for plotting to overthrow the government', status: 'confirmed', role: 'charge'}},

  {from: 'ruslan-bashirli', type: 'ACCUSED_OF', to: 'bashirli-coup-plot', id: 'ruslan-bashirli-accused-of-bashirli-coup-plot',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'who was convicted in a sensational trial in 2006 for plotting to overthrow the government', status: 'confirmed', note: 'the charge on which he was convicted. The article does not name the prosecutor'}},

  {from: 'bashirli-co-defendant-1', type: 'ACCUSED_OF', to: 'bashirli-coup-plot', id: 'bashirli-co-defendant-1-accused-of-bashirli-coup-plot',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'was arrested in 2005, along with two co-defendants', status: 'reported', note: 'implied by “co-defendants”. Their exact charges are not stated'}},

  {from: 'bashirli-co-defendant-2', type: 'ACCUSED_OF', to: 'bashirli-coup-plot', id: 'bashirli-co-defendant-2-accused-of-bashirli-coup-plot',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'was arrested in 2005, along with two co-defendants', status: 'reported', note: 'implied by “co-defendants”. Their exact charges are not stated'}},

  {from: 'government-of-azerbaijan', type: 'TARGET_OF', to: 'bashirli-coup-plot', id: 'government-of-azerbaijan-target-of-bashirli-coup-plot',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'plotting to overthrow the government', status: 'alleged', note: 'per the charge on which Bashirli was convicted'}},

  {from: 'ilham-aliyev', type: 'RUNS', to: 'government-of-azerbaijan', id: 'ilham-aliyev-runs-government-of-azerbaijan',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'to overthrow President Aliyev’s government', status: 'confirmed', role: 'President'}},

  // ---- Bashirli and NDI: the Tbilisi footage (what it appeared to show)

  {from: 'bashirli-tbilisi-footage', type: 'EVIDENCE_IN', to: 'bashirli-trial-2006', id: 'bashirli-tbilisi-footage-evidence-in-bashirli-trial-2006',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'The key evidence against Bashirli was video footage', status: 'confirmed', role: 'key evidence'}},

  {from: 'bashirli-tbilisi-footage', type: 'DEPICTS', to: 'ruslan-bashirli', id: 'bashirli-tbilisi-footage-depicts-ruslan-bashirli',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-tbilisi-footage'], quote: 'video footage that appeared to show him bragging to associates', status: 'alleged', note: '“appeared to show”. The article does not say who presented the footage'}},

  {from: 'bashirli-tbilisi-footage', type: 'DEPICTS', to: 'bashirli-associates', id: 'bashirli-tbilisi-footage-depicts-bashirli-associates',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-tbilisi-footage'], quote: 'video footage that appeared to show him bragging to associates', status: 'alleged', note: '“appeared to show”'}},

  {from: 'bashirli-tbilisi-footage', type: 'DEPICTS', to: 'so-called-armenian-agents', id: 'bashirli-tbilisi-footage-depicts-so-called-armenian-agents',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-tbilisi-footage'], quote: 'appeared to show him bragging to associates—and so-called “Armenian agents”—in Tbilisi', status: 'alleged', note: '“appeared to show”. The label “Armenian agents” is qualified as “so-called”'}},

  {from: 'bashirli-tbilisi-footage', type: 'LOCATED_IN', to: 'tbilisi', id: 'bashirli-tbilisi-footage-located-in-tbilisi',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-tbilisi-footage'], quote: 'appeared to show him bragging to associates—and so-called “Armenian agents”—in Tbilisi', status: 'alleged', role: 'appeared to show him in', note: '“appeared to show”. The article does not say where it was recorded'}},

  {from: 'ruslan-bashirli', type: 'TOLD', to: 'bashirli-associates', id: 'ruslan-bashirli-told-bashirli-associates',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-tbilisi-footage'], quote: 'video footage that appeared to show him bragging to associates', status: 'alleged', claimedBy: 'bashirli-tbilisi-footage', role: 'bragged to', note: 'what the footage used against him appeared to show. Not established'}},

  {from: 'ruslan-bashirli', type: 'TOLD', to: 'so-called-armenian-agents', id: 'ruslan-bashirli-told-so-called-armenian-agents',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-tbilisi-footage'], quote: 'appeared to show him bragging to associates—and so-called “Armenian agents”—in Tbilisi', status: 'alleged', claimedBy: 'bashirli-tbilisi-footage', role: 'bragged to', note: 'what the footage used against him appeared to show. Not established'}},

  {from: 'ruslan-bashirli', type: 'AFFILIATED_WITH', to: 'ndi', id: 'ruslan-bashirli-affiliated-with-ndi',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-tbilisi-footage'], quote: 'video footage that appeared to show him bragging to associates—and so-called “Armenian agents”—in Tbilisi that he was working with the National Democratic Institute (NDI) to overthrow President Aliyev’s government', status: 'alleged', claimedBy: 'ruslan-bashirli', role: 'working with (his own boast)', note: 'Bashirli’s boast, as the footage used as key evidence against him “appeared to show” it. No one in the article says NDI worked with him'}},

  {from: 'bashirli-tbilisi-footage', type: 'CONCERNS', to: 'ndi', id: 'bashirli-tbilisi-footage-concerns-ndi',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-tbilisi-footage'], quote: 'appeared to show him bragging to associates—and so-called “Armenian agents”—in Tbilisi that he was working with the National Democratic Institute (NDI)', status: 'alleged', role: 'names NDI in the boast it appeared to show', note: 'what the footage appeared to show. It says nothing of what NDI did'}},

  // ---- Bashirli letter to President Aliyev (purported) and the expected pardon

  {from: 'ruslan-bashirli', type: 'WROTE', to: 'bashirli-letter-to-aliyev', id: 'ruslan-bashirli-wrote-bashirli-letter-to-aliyev',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'is reported to have written a letter to President Aliyev asking for a pardon', status: 'reported', date: '2012-03', dateApprox: true, note: 'purported letter (“Bashirli’s purported letter”)'}},

  {from: 'bashirli-letter-to-aliyev', type: 'ADDRESSED_TO', to: 'ilham-aliyev', id: 'bashirli-letter-to-aliyev-addressed-to-ilham-aliyev',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'is reported to have written a letter to President Aliyev asking for a pardon', status: 'reported', note: 'the article calls it “Bashirli’s purported letter to President Aliyev”'}},

  {from: 'bashirli-letter-to-aliyev', type: 'CONCERNS', to: 'bashirli-release-2012', id: 'bashirli-letter-to-aliyev-concerns-bashirli-release-2012',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'a letter to President Aliyev asking for a pardon', status: 'confirmed', role: 'asks for a pardon'}},

  {from: 'bashirli-letter-to-aliyev', type: 'CONCERNS', to: 'bashirli-coup-plot', id: 'bashirli-letter-to-aliyev-concerns-bashirli-coup-plot',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Over this time I have understood my responsibility for the crime and acknowledged my guilt.', status: 'confirmed', role: 'confesses guilt', note: 'purported letter'}},

  {from: 'bashirli-letter-to-aliyev', type: 'CONCERNS', to: 'bashirli-former-allies', id: 'bashirli-letter-to-aliyev-concerns-bashirli-former-allies',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'he confesses to wrong-doing and denounces his former political allies', status: 'confirmed', role: 'denounces', note: 'purported letter'}},

  {from: 'bashirli-letter-to-aliyev', type: 'SIMILAR_TO', to: 'israfilov-letter', id: 'bashirli-letter-to-aliyev-similar-to-israfilov-letter',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'comes a mere three weeks after a similar letter', status: 'confirmed', note: 'the author compares the two letters in his own voice: the similar letter is the one “supposedly written by Elnur Israfilov”. Only who wrote it is hedged, and the hedge stays on elnur-israfilov-wrote-israfilov-letter'}},

  {from: 'bashirli-letter-to-aliyev', type: 'CONCERNS', to: 'ilham-aliyev', id: 'bashirli-letter-to-aliyev-concerns-ilham-aliyev',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'while expressing admiration for the president’s achievements', status: 'confirmed', role: 'praises the president’s achievements', note: 'what the purported letter says: “The achievements in domestic and foreign policy are obvious. No one can deny them.”'}},

  {from: 'bashirli-letter-to-aliyev', type: 'CONCERNS', to: 'bashirli-imprisonment', id: 'bashirli-letter-to-aliyev-concerns-bashirli-imprisonment',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I have already served six years and seven months of the punishment.', status: 'confirmed', role: 'counts the time served', note: 'what the purported letter says'}},

  {from: 'ruslan-bashirli', type: 'TARGET_OF', to: 'bashirli-imprisonment', id: 'ruslan-bashirli-target-of-bashirli-imprisonment',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-letter-to-aliyev'], quote: 'I have already served six years and seven months of the punishment.', status: 'reported', claimedBy: 'ruslan-bashirli', role: 'prisoner', startDate: '2005-08', dateApprox: true, note: 'in his purported letter, relayed by the article without comment. The start date is counted back from March 2012'}},

  {from: 'ruslan-bashirli', type: 'AFFILIATED_WITH', to: 'bashirli-former-allies', id: 'ruslan-bashirli-affiliated-with-bashirli-former-allies',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-letter-to-aliyev'], quote: 'In Bashirli’s purported letter to President Aliyev, available at, he confesses to wrong-doing and denounces his former political allies', status: 'alleged', claimedBy: 'ruslan-bashirli', role: 'former political ally', endDate: '2012-03', dateApprox: true, note: 'a past tie: “former” by the time of the purported letter (March 2012). When it began or ended is not given'}},

  {from: 'powers-that-disliked-aliyev', type: 'PERSUADED', to: 'ruslan-bashirli', id: 'powers-that-disliked-aliyev-persuaded-ruslan-bashirli',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'bashirli-letter-to-aliyev'], quote: 'At that time I was hot-tempered and influenced by powers that disliked you and us.', status: 'alleged', claimedBy: 'ruslan-bashirli', role: 'influenced', note: 'purported letter. The powers are not named'}},

  {from: 'ruslan-bashirli', type: 'TARGET_OF', to: 'bashirli-release-2012', id: 'ruslan-bashirli-target-of-bashirli-release-2012',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'My Azeri source tells me that Bashirli’s family have traveled to Baku in anticipation of his impending release in the next day or two', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'to be pardoned and released'}},

  {from: 'bashirli-family', type: 'RELATIVE_OF', to: 'ruslan-bashirli', id: 'bashirli-family-relative-of-ruslan-bashirli',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Bashirli’s family', status: 'confirmed', role: 'family', note: 'the group is defined by this tie. Its journey to Baku is the anonymous source’s claim'}},

  {from: 'bashirli-family', type: 'PARTICIPATED_IN', to: 'bashirli-family-travel-to-baku', id: 'bashirli-family-participated-in-bashirli-family-travel-to-baku',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'My Azeri source tells me that Bashirli’s family have traveled to Baku', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'travellers'}},

  {from: 'bashirli-family-travel-to-baku', type: 'LOCATED_IN', to: 'baku', id: 'bashirli-family-travel-to-baku-located-in-baku',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'My Azeri source tells me that Bashirli’s family have traveled to Baku', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'destination'}},

  {from: 'bashirli-family-travel-to-baku', type: 'CONCERNS', to: 'bashirli-release-2012', id: 'bashirli-family-travel-to-baku-concerns-bashirli-release-2012',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'My Azeri source tells me that Bashirli’s family have traveled to Baku in anticipation of his impending release in the next day or two', status: 'rumour', claimedBy: 'azeri-opposition-source', role: 'in anticipation of', note: 'the journey anticipates the release, which had not happened when the article was written'}},

  {from: 'ans-tv', type: 'PUBLISHED', to: 'ans-tv-bashirli-coverage', id: 'ans-tv-published-ans-tv-bashirli-coverage',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Pro-government ANS TV has been playing up the Bashirli story today', status: 'confirmed', date: '2012-03', dateApprox: true}},

  {from: 'ans-tv-bashirli-coverage', type: 'CONCERNS', to: 'ruslan-bashirli', id: 'ans-tv-bashirli-coverage-concerns-ruslan-bashirli',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'ANS TV has been playing up the Bashirli story today', status: 'confirmed'}},

  {from: 'ans-tv-bashirli-coverage', type: 'CONCERNS', to: 'bashirli-release-2012', id: 'ans-tv-bashirli-coverage-concerns-bashirli-release-2012',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'perhaps suggesting that they know that a pardon will be granted', status: 'rumour', claimedBy: 'karl-rahder', note: 'the author’s speculation (“perhaps suggesting”)'}},

  {from: 'ans-tv', type: 'AFFILIATED_WITH', to: 'government-of-azerbaijan', id: 'ans-tv-affiliated-with-government-of-azerbaijan',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Pro-government ANS TV', status: 'confirmed', role: 'pro-government', note: 'editorial stance as described by the author, not ownership'}},

  // ---- Elnur Israfilov, his uncle Mammad Ibrahimli and Eynullah Fatullayev

  {from: 'elnur-israfilov', type: 'CONVICTED_IN', to: 'israfilov-conviction', id: 'elnur-israfilov-convicted-in-israfilov-conviction',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'a young man convicted for his participation in the April demonstrations', status: 'confirmed'}},

  {from: 'israfilov-conviction', type: 'CONCERNS', to: 'april-2011-demonstrations', id: 'israfilov-conviction-concerns-april-2011-demonstrations',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'convicted for his participation in the April demonstrations', status: 'confirmed', role: 'charge'}},

  {from: 'elnur-israfilov', type: 'PARTICIPATED_IN', to: 'april-2011-demonstrations', id: 'elnur-israfilov-participated-in-april-2011-demonstrations',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'convicted for his participation in the April demonstrations', status: 'confirmed', role: 'participant'}},

  {from: 'april-2011-demonstrations', type: 'PART_OF', to: 'arab-spring-unrest-azerbaijan-2011', id: 'april-2011-demonstrations-part-of-arab-spring-unrest-azerbaijan-2011',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'during Azerbaijan’s “Arab Spring” unrest last year', status: 'reported', note: 'not linked explicitly in the article. The April 2011 demonstrations fall within last year’s unrest'}},

  {from: 'april-2011-demonstrations', type: 'LOCATED_IN', to: 'azerbaijan', id: 'april-2011-demonstrations-located-in-azerbaijan',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'during Azerbaijan’s “Arab Spring” unrest last year', status: 'reported', note: 'implied. The article does not say where the demonstrations took place'}},

  {from: 'elnur-israfilov', type: 'WROTE', to: 'israfilov-letter', id: 'elnur-israfilov-wrote-israfilov-letter',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'israfilov-letter'], quote: 'a similar letter was supposedly written by Elnur Israfilov', status: 'alleged', claimedBy: 'israfilov-letter', date: '2012-02', dateApprox: true, note: 'the article hedges: “supposedly written”. Only the letter itself, written in his name, says he wrote it'}},

  {from: 'elnur-israfilov', type: 'WROTE', to: 'israfilov-letter', id: 'elnur-israfilov-wrote-israfilov-letter-disputed-by-ibrahimli',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'who told me that the letter was written in a style that suggested it was dictated or authored by someone else', status: 'disputed', claimedBy: 'mammad-ibrahimli', note: 'his uncle disputes that Israfilov wrote it himself'}},

  {from: 'mammad-ibrahimli', type: 'INSTIGATED', to: 'elnur-israfilov', id: 'mammad-ibrahimli-instigated-elnur-israfilov',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video', 'israfilov-letter'], quote: 'at the instigation of my uncle Mammad Ibrahimli', status: 'alleged', claimedBy: 'elnur-israfilov', role: 'instigated his actions', note: 'stated in a letter supposedly written by Israfilov, which Ibrahimli says was dictated or authored by someone else'}},

  {from: 'israfilov-letter', type: 'CONCERNS', to: 'mammad-ibrahimli', id: 'israfilov-letter-concerns-mammad-ibrahimli',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'He has engaged me and simple people like me in order to fulfill his reckless intentions.', status: 'confirmed', role: 'blames'}},

  {from: 'israfilov-letter', type: 'CONCERNS', to: 'april-2011-demonstrations', id: 'israfilov-letter-concerns-april-2011-demonstrations',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I have been engaged in actions aimed at disturbing peace, obstructing transport', status: 'reported', role: 'confesses participation', note: 'the letter does not name the demonstrations. The article ties his conviction to them'}},

  {from: 'mammad-ibrahimli', type: 'RELATIVE_OF', to: 'elnur-israfilov', id: 'mammad-ibrahimli-relative-of-elnur-israfilov',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I talked to his uncle via Skype in February', status: 'confirmed', role: 'uncle', note: 'named as Mammad Ibrahimli in the letter (“my uncle Mammad Ibrahimli”)'}},

  {from: 'karl-rahder', type: 'PARTICIPATED_IN', to: 'rahder-ibrahimli-skype-call', id: 'karl-rahder-participated-in-rahder-ibrahimli-skype-call',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I talked to his uncle via Skype in February', status: 'confirmed', role: 'interviewer', date: '2012-02', dateApprox: true}},

  {from: 'mammad-ibrahimli', type: 'PARTICIPATED_IN', to: 'rahder-ibrahimli-skype-call', id: 'mammad-ibrahimli-participated-in-rahder-ibrahimli-skype-call',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I talked to his uncle via Skype in February', status: 'confirmed', role: 'interviewee', date: '2012-02', dateApprox: true}},

  {from: 'mammad-ibrahimli', type: 'TOLD', to: 'karl-rahder', id: 'mammad-ibrahimli-told-karl-rahder',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'I talked to his uncle via Skype in February, who told me that the letter was written in a style that suggested it was dictated or authored by someone else', status: 'confirmed', role: 'via Skype', date: '2012-02', dateApprox: true, note: 'the author’s own account of the conversation'}},

  {from: 'rahder-ibrahimli-skype-call', type: 'CONCERNS', to: 'israfilov-letter', id: 'rahder-ibrahimli-skype-call-concerns-israfilov-letter',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'who told me that the letter was written in a style that suggested it was dictated or authored by someone else', status: 'confirmed'}},

  {from: 'eynullah-fatullayev', type: 'PERSUADED', to: 'elnur-israfilov', id: 'eynullah-fatullayev-persuaded-elnur-israfilov',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'alleged that former political prisoner and journalist Eynullah Fatullayev had convinced Israfilov to write it', status: 'alleged', claimedBy: 'mammad-ibrahimli', role: 'convinced him to write the letter', note: 'said by Ibrahimli to the author via Skype in February 2012'}},

  {from: 'eynullah-fatullayev', type: 'TARGET_OF', to: 'fatullayev-imprisonment', id: 'eynullah-fatullayev-target-of-fatullayev-imprisonment',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'former political prisoner and journalist Eynullah Fatullayev', status: 'confirmed', role: 'political prisoner'}},

  // ---- The author: ISN, teaching, studies, fellowship, election observation

  {from: 'karl-rahder', type: 'WORKS_FOR', to: 'isn-security-watch', id: 'karl-rahder-works-for-isn-security-watch',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus for ISN Security Watch and ISN Insights', status: 'confirmed', role: 'writer on the South Caucasus'}},

  {from: 'karl-rahder', type: 'WORKS_FOR', to: 'isn-insights', id: 'karl-rahder-works-for-isn-insights',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus for ISN Security Watch and ISN Insights', status: 'confirmed', role: 'writer on the South Caucasus'}},

  {from: 'karl-rahder', type: 'WORKS_FOR', to: 'isn', id: 'karl-rahder-works-for-isn',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'working on stories for ISN and other publications', status: 'confirmed', role: 'writer'}},

  {from: 'karl-rahder', type: 'WROTE', to: 'rahder-isn-south-caucasus-articles', id: 'karl-rahder-wrote-rahder-isn-south-caucasus-articles',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus for ISN Security Watch and ISN Insights', status: 'confirmed'}},

  {from: 'isn-security-watch', type: 'PUBLISHED', to: 'rahder-isn-south-caucasus-articles', id: 'isn-security-watch-published-rahder-isn-south-caucasus-articles',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus for ISN Security Watch and ISN Insights', status: 'confirmed'}},

  {from: 'isn-insights', type: 'PUBLISHED', to: 'rahder-isn-south-caucasus-articles', id: 'isn-insights-published-rahder-isn-south-caucasus-articles',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus for ISN Security Watch and ISN Insights', status: 'confirmed'}},

  {from: 'rahder-isn-south-caucasus-articles', type: 'CONCERNS', to: 'south-caucasus', id: 'rahder-isn-south-caucasus-articles-concerns-south-caucasus',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus', status: 'confirmed'}},

  {from: 'swiss-government', type: 'RUNS', to: 'isn-security-watch', id: 'swiss-government-runs-isn-security-watch',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'ISN Security Watch and ISN Insights (, news and global affairs sites run by the Swiss government', status: 'confirmed'}},

  {from: 'swiss-government', type: 'RUNS', to: 'isn-insights', id: 'swiss-government-runs-isn-insights',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'ISN Security Watch and ISN Insights (, news and global affairs sites run by the Swiss government', status: 'confirmed'}},

  {from: 'swiss-government', type: 'LOCATED_IN', to: 'switzerland', id: 'swiss-government-located-in-switzerland',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'run by the Swiss government', status: 'reported', note: 'implied by “Swiss”'}},

  {from: 'isn-security-watch', type: 'PART_OF', to: 'isn', id: 'isn-security-watch-part-of-isn',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'ISN Security Watch and ISN Insights', status: 'reported', note: 'implied by the names and by “stories for ISN”'}},

  {from: 'isn-insights', type: 'PART_OF', to: 'isn', id: 'isn-insights-part-of-isn',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'ISN Security Watch and ISN Insights', status: 'reported', note: 'implied by the names and by “stories for ISN”'}},

  {from: 'karl-rahder', type: 'REPORTED_ON', to: 'caucasus', id: 'karl-rahder-reported-on-caucasus',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'He\'s reported from the Caucasus on topics such as attempted coups, sedition trials, freedom of the press', status: 'confirmed', role: 'attempted coups, sedition trials, freedom of the press'}},

  {from: 'karl-rahder', type: 'REPORTED_ON', to: 'nagorno-karabakh-conflict', id: 'karl-rahder-reported-on-nagorno-karabakh-conflict',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'and the frozen Nagorno-Karabakh conflict', status: 'confirmed'}},

  {from: 'karl-rahder', type: 'LOCATED_IN', to: 'united-states', id: 'karl-rahder-located-in-united-states',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl splits his time between the US and the former USSR - mostly the Caucasus and Ukraine', status: 'confirmed', role: 'splits his time'}},

  {from: 'karl-rahder', type: 'LOCATED_IN', to: 'former-ussr', id: 'karl-rahder-located-in-former-ussr',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl splits his time between the US and the former USSR - mostly the Caucasus and Ukraine', status: 'confirmed', role: 'splits his time'}},

  {from: 'karl-rahder', type: 'LOCATED_IN', to: 'caucasus', id: 'karl-rahder-located-in-caucasus',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl splits his time between the US and the former USSR - mostly the Caucasus and Ukraine', status: 'confirmed', role: 'splits his time'}},

  {from: 'karl-rahder', type: 'LOCATED_IN', to: 'ukraine', id: 'karl-rahder-located-in-ukraine',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl splits his time between the US and the former USSR - mostly the Caucasus and Ukraine', status: 'confirmed', role: 'splits his time'}},

  {from: 'karl-rahder', type: 'LOCATED_IN', to: 'chicago', id: 'karl-rahder-located-in-chicago',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'sometimes teaching international relations at universities (in Chicago, Baku, Tbilisi)', status: 'confirmed', role: 'sometimes teaches international relations at universities'}},

  {from: 'karl-rahder', type: 'LOCATED_IN', to: 'baku', id: 'karl-rahder-located-in-baku',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'sometimes teaching international relations at universities (in Chicago, Baku, Tbilisi)', status: 'confirmed', role: 'sometimes teaches international relations at universities'}},

  {from: 'karl-rahder', type: 'LOCATED_IN', to: 'tbilisi', id: 'karl-rahder-located-in-tbilisi',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'sometimes teaching international relations at universities (in Chicago, Baku, Tbilisi)', status: 'confirmed', role: 'sometimes teaches international relations at universities'}},

  {from: 'karl-rahder', type: 'STUDIED_AT', to: 'university-of-chicago', id: 'karl-rahder-studied-at-university-of-chicago',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl received his MA from the University of Chicago', status: 'confirmed', role: 'MA'}},

  {from: 'university-of-chicago', type: 'LOCATED_IN', to: 'chicago', id: 'university-of-chicago-located-in-chicago',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl received his MA from the University of Chicago', status: 'reported', note: 'implied by the name only'}},

  {from: 'karl-rahder', type: 'PARTICIPATED_IN', to: 'rahder-first-caucasus-visit', id: 'karl-rahder-participated-in-rahder-first-caucasus-visit',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'first came to the Caucasus in 2004', status: 'confirmed', date: '2004'}},

  {from: 'rahder-first-caucasus-visit', type: 'LOCATED_IN', to: 'caucasus', id: 'rahder-first-caucasus-visit-located-in-caucasus',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'first came to the Caucasus in 2004', status: 'confirmed'}},

  {from: 'rahder-first-caucasus-visit', type: 'PART_OF', to: 'rahder-cep-fellowship', id: 'rahder-first-caucasus-visit-part-of-rahder-cep-fellowship',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'first came to the Caucasus in 2004 while on a CEP Visiting Faculty Fellowship', status: 'confirmed'}},

  {from: 'karl-rahder', type: 'PARTICIPATED_IN', to: 'rahder-cep-fellowship', id: 'karl-rahder-participated-in-rahder-cep-fellowship',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'while on a CEP Visiting Faculty Fellowship', status: 'confirmed', role: 'visiting faculty fellow', date: '2004', dateApprox: true}},

  {from: 'rahder-cep-fellowship', type: 'PART_OF', to: 'cep-visiting-faculty-fellowship', id: 'rahder-cep-fellowship-part-of-cep-visiting-faculty-fellowship',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'while on a CEP Visiting Faculty Fellowship', status: 'confirmed'}},

  {from: 'karl-rahder', type: 'WORKS_FOR', to: 'osce', id: 'karl-rahder-works-for-osce',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl has also served as an on-call election observer for the OSCE', status: 'confirmed', role: 'on-call election observer'}},

  {from: 'karl-rahder', type: 'PARTICIPATED_IN', to: 'rahder-osce-election-observation', id: 'karl-rahder-participated-in-rahder-osce-election-observation',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'For many years, Karl has also served as an on-call election observer for the OSCE', status: 'confirmed', role: 'on-call election observer'}},

  {from: 'osce', type: 'RUNS', to: 'rahder-osce-election-observation', id: 'osce-runs-rahder-osce-election-observation',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'served as an on-call election observer for the OSCE', status: 'confirmed'}},

  {from: 'karl-rahder', type: 'WORKS_FOR', to: 'democracy-international', id: 'karl-rahder-works-for-democracy-international',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'in 2010, he worked as a long-term observer in Afghanistan for Democracy International', status: 'confirmed', role: 'long-term observer', date: '2010'}},

  {from: 'karl-rahder', type: 'PARTICIPATED_IN', to: 'rahder-afghanistan-observation-2010', id: 'karl-rahder-participated-in-rahder-afghanistan-observation-2010',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'in 2010, he worked as a long-term observer in Afghanistan', status: 'confirmed', role: 'long-term observer', date: '2010'}},

  {from: 'democracy-international', type: 'RUNS', to: 'rahder-afghanistan-observation-2010', id: 'democracy-international-runs-rahder-afghanistan-observation-2010',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'he worked as a long-term observer in Afghanistan for Democracy International', status: 'confirmed'}},

  {from: 'rahder-afghanistan-observation-2010', type: 'LOCATED_IN', to: 'afghanistan', id: 'rahder-afghanistan-observation-2010-located-in-afghanistan',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'a long-term observer in Afghanistan', status: 'confirmed'}},

  // ---- Places: events and places located in places

  {from: 'nagorno-karabakh-conflict', type: 'LOCATED_IN', to: 'nagorno-karabakh', id: 'nagorno-karabakh-conflict-located-in-nagorno-karabakh',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the frozen Nagorno-Karabakh conflict', status: 'confirmed'}},

  {from: 'baku', type: 'LOCATED_IN', to: 'azerbaijan', id: 'baku-located-in-azerbaijan',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Azerbaijan’s human rights situation prior to the Eurovision Song Contest, to be held in Baku', status: 'reported', note: 'implied, not stated: the article never says Baku is in Azerbaijan. That it is the capital is general knowledge'}},

  {from: 'south-caucasus', type: 'LOCATED_IN', to: 'caucasus', id: 'south-caucasus-located-in-caucasus',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'Karl Rahder has written on the South Caucasus', status: 'reported', note: 'implied by the name only'}},

  {from: 'caucasus', type: 'LOCATED_IN', to: 'former-ussr', id: 'caucasus-located-in-former-ussr',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the former USSR - mostly the Caucasus and Ukraine', status: 'confirmed'}},

  {from: 'ukraine', type: 'LOCATED_IN', to: 'former-ussr', id: 'ukraine-located-in-former-ussr',
   properties: {sourceIds: ['rahder-2012-azerbaijan-blackmail-video'], quote: 'the former USSR - mostly the Caucasus and Ukraine', status: 'confirmed'}}
] AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.properties;
