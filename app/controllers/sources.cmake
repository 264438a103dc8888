# app/controllers: the three operations as the GUI and the CLI start them (included by
# app/CMakeLists.txt, so paths are relative to app/).
target_sources(agentdesk_core PRIVATE
    controllers/operationoutcome.h
    controllers/operationcontroller.h controllers/operationcontroller.cpp
    controllers/createcalltrackcontroller.h controllers/createcalltrackcontroller.cpp
    controllers/changecasecontroller.h controllers/changecasecontroller.cpp
    controllers/createcallbackcontroller.h controllers/createcallbackcontroller.cpp
    controllers/reassigncontroller.h controllers/reassigncontroller.cpp
)
