profile     AcmeArchive
title       Acme archive
namespace   Acme.Archive
limit       1..200 default 100
offset      yes
includeall  yes

[study]
StudyInstanceUID     studies,series,instances                        exact         default
PatientID            studies,series,instances                        exact         default

[instance]
SOPInstanceUID       instances,study-instances,series-instances      exact         default
# An instance attribute cannot be searched on /studies: DTY0004 here, and the line is left out.
SOPClassUID          studies,instances                               exact         default
