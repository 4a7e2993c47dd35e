# A profile a library user writes for their own server: no namespace line, so the types land in
# <RootNamespace>.DicomProfiles.AcmePacs of the consuming project. It declares a private attribute.
profile     AcmePacs
title       ACME PACS 4 (in-house)
limit       1..500 default 50
offset      no
includeall  no

[declare]
# tag       VR   VM   keyword
00291010    LO   1    AcmeScannerMode

[study]
StudyInstanceUID      studies,series,instances   exact,list       default
PatientName           studies,series,instances   exact,wildcard   default
StudyDate             studies,series,instances   exact,range      default

[series]
SeriesInstanceUID     series,instances,study-series,study-instances   exact   default
AcmeScannerMode       series,instances,study-series,study-instances   exact   default

[instance]
SOPInstanceUID        instances,study-instances,series-instances      exact   default
