package kz.bagalau.modeling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import kz.bagalau.security.CurrentUser;
import kz.bagalau.security.Groups;
import kz.bagalau.web.BadRequestException;
import kz.bagalau.web.ForbiddenException;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code POST /api/models/validate}: the deployment guard's checks without deploying, for process owners
 * to call before "Deploy" (docs/process-owners.md). Send the files as multipart (any part name, the file
 * name tells the kind) or one file as the raw body with {@code ?name=grade-band.dmn}.
 */
@RestController
@RequestMapping("/api/models")
class ModelController {

    private final CurrentUser currentUser;
    private final ApplicationContext context;
    private final ProcessEngineConfigurationImpl engine;

    ModelController(CurrentUser currentUser, ApplicationContext context, ProcessEngineConfiguration engine) {
        this.currentUser = currentUser;
        this.context = context;
        this.engine = (ProcessEngineConfigurationImpl) engine;
    }

    record Problem(String resource, String element, String rule, String ruleDescription, String message) {}

    record Report(boolean valid, List<String> files, List<Problem> problems) {}

    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Report validate(MultipartHttpServletRequest request) {
        requireOwner();
        List<ModelFile> files = new ArrayList<>();
        for (MultipartFile part : request.getMultiFileMap().values().stream().flatMap(List::stream).toList()) {
            String name = part.getOriginalFilename() == null || part.getOriginalFilename().isBlank()
                    ? part.getName() : part.getOriginalFilename();
            files.add(new ModelFile(name, bytes(part)));
        }
        return check(files);
    }

    @PostMapping(path = "/validate", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    Report validate(@RequestParam String name, @RequestBody byte[] content) {
        requireOwner();
        return check(List.of(new ModelFile(name, content)));
    }

    private Report check(List<ModelFile> files) {
        List<ModelFile> models = files.stream().filter(f -> f.kind() != ModelFile.Kind.OTHER).toList();
        if (models.isEmpty()) {
            throw new BadRequestException("No model to check: send .bpmn, .dmn or .form files");
        }
        List<Problem> problems = ModelChecks.check(models, new DeployedModels(context, engine)).stream()
                .map(p -> new Problem(p.resource(), p.element(), p.rule().code(), p.rule().description(), p.message()))
                .toList();
        return new Report(problems.isEmpty(), models.stream().map(ModelFile::name).toList(), problems);
    }

    private void requireOwner() {
        if (!currentUser.inGroup(Groups.PROCESS_OWNER) && !currentUser.isAdmin()) {
            throw new ForbiddenException("Only process owners and administrators validate models");
        }
    }

    private static byte[] bytes(MultipartFile part) {
        try {
            return part.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
