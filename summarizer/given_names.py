"""Given names that mark a person's gender, for pronouns about people the actor registry does not know.

Only names that are nearly always one gender in news copy; ambiguous ones (Jean, Kim, Andrea, Sasha, Robin,
Leslie, Taylor, Jordan) and place names (Virginia) are left out, so that 'she said' after 'Jean H. Lee' stays a guess the resolver refuses
rather than a wrong answer.
"""

from __future__ import annotations

MALE = frozenset(
    """aaron abdul abdullah adam adrian ahmad ahmed alan albert alexander alexandre alexei alexey ali allan
    andre andrei andrew andrey andy anthony antonio antonin anton arnold arthur barack barry ben benjamin bernard
    bill billy bob boris brad brandon brian bruce bryan carl carlos charles charlie chris christian christopher
    chuck clarence craig dan daniel danny darren dave david dennis denis derek dmitri dmitry dmytro donald doug
    douglas dylan ed eddie edward emmanuel eric erik evan evgeny fabrice felipe fernando francis francisco frank
    fred gary george gerald gordon graham greg gregory guy hamid hans harold harry hassan henry howard hugh hussein
    ian igor ivan jack jacob jake james jamie jason javier jean-claude jean-pierre jeff jeffrey jens jeremy jerome
    jerry jim jimmy joe joel john johnny jon jonathan jorge jose josep joseph josh joshua juan justin karl keith
    ken kenneth kevin khalid klaus kurt larry lawrence leo leonard lloyd luis luke marc marco marcus mario
    mark martin matt matthew max michael miguel mike mikhail mohamed mohammad mohammed muhammad nathan neil nicholas
    nelson nick nikolai olaf oleg oleksandr oliver omar oscar pablo patrick paul pedro peter petr phil philip philippe
    pierre rafael ralph ramon randy ray raymond recep ricardo richard rick rishi rob robert roberto rodrigo roger
    ron ronald roy russell ryan salman sam samuel scott sean sebastian sergei sergey sergio seth simon stanley
    stefan stephen steve steven stuart ted terry thomas tim timothy todd tom tony travis vadim victor viktor
    vincent vladimir volodymyr walter wayne william willie xavier yaroslav yevgeny yuri zachary jay kirk kyle lance
    lars luc luca lukas mick neil noah owen pete ralph reid rex rory shane stan wade warren wes wolfgang yves zach
    christophe jerome sepp fernando luiz angelo gerhard helmut jacques francois emmanuel sebastien dmitri johann
    alfred alvin andres angus archie arturo austin benny bernie bert blake bobby brett brent calvin cecil chad
    chester clark claude clay clifford clint clyde cody colin conor connor curtis dale damon dean derrick desmond
    dominic don donnie duncan dustin dwight earl edgar edwin elijah elliot ernest ernesto eugene everett floyd
    franklin gabriel garrett gavin gene gilbert glen glenn grant gustavo harvey hector herbert herman hugo isaac
    jared jeremiah jesse joey jonah julian julio kent lamar leon leroy lester lewis lionel louis lucas luther
    malcolm manuel marvin maurice melvin milton mitchell morris murray nathaniel neal nigel norman orlando otis
    percy preston quentin randall raul reginald ricky rodney roland ross rudy salvatore saul shawn spencer
    theodore tyler tyrone vernon vince wallace wesley winston ahmet hamza tariq yusuf ibrahim mustafa mahmoud
    karim hosni bashar nawaz imran narendra rahul sanjay vijay shinzo fumio yoshihide hiroshi kenji takeshi
    sergey nikita anatoly gennady kirill maxim pavel yevgeni mikheil giorgi recep mevlut benjamin naftali yair
    ehud shimon moshe yitzhak avigdor mahmoud ismail abbas hassan hussain reza javad ebrahim mohsen ali-akbar
    adolfo alberto alejandro alessandro alistair amir andreas antoine armando arnaud bernd bradley bruno
    byron caleb cesar christoph conrad cyril dario declan dieter diego dirk eduardo elias emil emilio enrique ethan
    fabio federico felix fidel florian gareth geoffrey gerard gianni giovanni giuseppe heinz horst ignacio jakob
    joachim johannes jurgen leonid lorenzo manfred marcel marek matthias mauricio michel nicolas niklas norbert
    olivier otto pascal paolo pietro rainer reinhard roman rolf rudolf sandro silvio stephan sven thierry tobias
    ulrich umberto valentin vitaly werner wilhelm lebron kobe isa umar musa abubakar theo panfilo goodluck yakubu olusegun
    muhammadu tommy timmy freddie teddy kenny lenny ronnie willy mitt yoshihiko yoweri georges enrico naoto phillip
    manmohan natalio toomas petros gilad micah faisal gregg blaine ivica akira elon cyrus stig huseyin pepe leopoldo
    darrell anoop eli sid talal alastair mohamad rashid zafar dimitris francesco marty abdel barney panagiotis rajan
    nabil sayid younis samir trey kenton khaled laurent shaun newt levi robbie dick asafa paco christos gamal tarek
    alain kamal ramy gianluigi rhys nader ivo dzhokhar hal mitch jeh alfonso patricio nouriel jibril morten sandeep""".split()
)
FEMALE = frozenset(
    """abigail ada agnes alexandra alice alicia alison amanda amber amy ana anastasia angela angelina
    ann anna annalena anne annie barbara beatrice betty beverly brenda brittany carla carmen carol caroline
    catherine cathy charlotte cheryl christina christine claire claudia cynthia dana daniela deborah debbie debra
    denise diana diane donna doris dorothy elena elisabeth elizabeth ellen emily emma erin eva evelyn fiona
    frances gabriela gloria grace hannah heather helen helena hillary hope ingrid irene iryna isabel jacqueline
    jane janet janice jennifer jessica joan joanna joyce judith judy julia julie karen katherine kathleen kathy
    katie kelly kristin laura lauren linda lisa liz lois lori louise lucy lydia madeleine magdalena margaret maria
    marie marina marine marissa martha mary maya megan melanie melissa michelle monica nancy natalia natalie
    nicola nicole nikki nina nora olena olga pamela patricia paula pauline rachel rebecca rita rose ruth sandra
    sara sarah sharon shirley silvia sofia sonia sophie stephanie susan suzanne svetlana tatiana teresa theresa
    tiffany ursula valentina valerie vanessa victoria wendy yulia yvonne zoe leanna jill joy kate kay lyndsey
    mandi maggie nadya sherry sheila tara tina trudy vicky wanda yoko kamala nikki annika ines
    chrissie chrissy christy kristie kristi missy becky betsy trish jen teri vicki vickie abby gabby maddie lizzie
    libby janie peg meg bridget shelly dianne aryana alisa danica huma lauryn erica shameela krystal jacqui thea lara
    gigi heike coleen melody johana dilma avital ronna jodi pam izabella monique rahima heba karla alyssa claudine
    georgette yingluck tanja maia jeanine nichole britanny rena nicki florence tish suzi suzy susie sue sally jenny jenna gina gail heidi holly jackie jade joanne jodie kara kathryn kristen
    kristina leah lena lily lynn mandy marilyn marsha meredith miranda molly naomi natasha penny priscilla rosa
    rosemary sabrina samantha sheryl stacy stacey stella tammy tanya vera veronica whitney yolanda beth bonnie
    brooke candace carrie cassandra chelsea cindy colleen crystal dawn eileen elaine eleanor eliza ella esther
    felicia gwen harriet hazel iris irina jasmine jeanette jennie josephine katrina kristy kylie laurie lillian
    lindsay lindsey loretta lorraine lucia marcia margarita marjorie maureen melinda mia miriam nadia norma
    olivia peggy phyllis rachael regina renee rhonda roberta ruby sadie selena serena sonya sylvia tamara tonya
    valeria vivian yasmin fatima aisha mariam maryam leila layla priya anjali sunita indira ayesha malala
    benazir golda angela federica kaja ursula roberta theresa liz yulia nataliya oksana khadija
    arianna ariana adriana oprah camila camilla carolyn cecilia celeste charlene christa claudette danielle darlene
    deirdre delia dolores edith elise eloise estelle eve francesca geraldine gillian greta gretchen haley hayley ida
    imelda isabella ivana jeannie jocelyn johanna juliet juliette justine karin katharine katy kelsey kimberly kirsten
    lana lorna louisa lucille mabel marcy margo marguerite marisa marlene matilda maxine mildred myra nadine nellie
    nelida noreen odette paige patty pearl petra phoebe polly ramona rebekah rochelle rosalind roxanne sabine shelley
    sherri simone sonja susannah tabitha terri thelma tracey tricia wilma jada asabe zainab hauwa amina ngozi rosita""".split()
)


def gender_of(full_name: str) -> str | None:
    """'m' or 'f' from the first given name in a full name; None when it says nothing."""
    for word in full_name.lower().replace(".", " ").split()[:-1]:
        if len(word) <= 1:
            continue  # an initial: 'R. Guy Cole'
        first = word.split("-")[0]  # 'Abdul-Sittar', 'Jean-Pierre'
        if word in MALE or first in MALE:
            return "m"
        if word in FEMALE or first in FEMALE:
            return "f"
        return None
    return None


# A title or a role noun right before a name marks the gender when the given name does not ('Mrs. Machel',
# 'spokeswoman Julie', 'sister Paige'). 'chairman' and 'actor' are left out: news copy uses them for women.
_TITLE_GENDER = {
    **dict.fromkeys("mrs ms miss dame lady madam queen princess spokeswoman chairwoman congresswoman businesswoman "
                    "actress".split(), "f"),
    **dict.fromkeys("mr mister sir king prince spokesman congressman businessman".split(), "m"),
}
# Kin nouns mark a relative of the story's person ('his father Hafez Assad'): the gender is right, but the relative
# is seldom the one a later pronoun means.
_KIN_GENDER = {
    **dict.fromkeys("wife widow mother daughter sister grandmother granddaughter aunt niece girlfriend".split(), "f"),
    **dict.fromkeys("husband widower father son brother grandfather grandson uncle nephew boyfriend".split(), "m"),
}

KIN_NOUNS = frozenset(_KIN_GENDER)


def gender_of_lead(lead: str, kin: bool = True) -> str | None:
    """'f' or 'm' from the word right before a name ('... his wife, ', 'Queen'); kin nouns only with `kin`."""
    words = lead.replace(".", " ").replace(",", " ").split()
    if not words:
        return None
    last = words[-1].lower()
    return _TITLE_GENDER.get(last) or (_KIN_GENDER.get(last) if kin else None)
